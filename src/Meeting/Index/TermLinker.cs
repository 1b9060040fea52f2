using Meeting.Model;

namespace Meeting.Index;

/// <summary>
/// Cuts the sentences of one block (a paragraph or an item) into runs, marking the first occurrence of each
/// term in the block as a link. (Stub until the index lands: no links.)
/// </summary>
public static class TermLinker
{
    public static IReadOnlyDictionary<string, IReadOnlyList<TextRun>> Link(IEnumerable<Sentence> block, KeywordIndex index) =>
        block.ToDictionary(s => s.Id, s => (IReadOnlyList<TextRun>)[new TextRun(s.Text, null)]);
}
