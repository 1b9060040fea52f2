using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Reads the parts of a report: every kind's recogniser weighs every block, the editor's corrections are taken,
/// and <see cref="PartDecision"/> picks the most consistent reading of the whole, block by block, with how sure it is.
/// </summary>
internal static class PartReader
{
    public static IReadOnlyList<PartReading> Read(SourceDocument document, IReadOnlyList<Block> blocks, int? year, FrontMatter front)
    {
        var path = document.Path;
        var views = blocks.Select((b, i) => new BlockReading(b, i, blocks.Count, year)).ToList();
        var evidence = views.Select(PartRecognisers.Judge).ToList();
        var fixedKinds = EditorKinds(path, blocks, front);
        var input = new PartDecision.Input(evidence, views.Select(v => v.IsList).ToList(), fixedKinds);
        var kinds = PartDecision.Decide(input);
        return blocks.Select((block, i) =>
        {
            var first = block.Sentences[0].Sentence;
            var (line, column) = SourcePosition.Of(document, first.Span.Start);
            return new PartReading(block.Paragraphs, line, column, Excerpt(first.Text), evidence[i], kinds[i], fixedKinds.ContainsKey(i),
                PartDecision.Alternatives(input, i, kinds[i]));
        }).ToList();
    }

    // paragraph-4: requirements sets the kind of the block that holds paragraph 4.
    private static Dictionary<int, SectionKind> EditorKinds(string path, IReadOnlyList<Block> blocks, FrontMatter front)
    {
        var kinds = new Dictionary<int, SectionKind>();
        foreach (var choice in front.Kinds)
        {
            var block = blocks.Select((b, i) => (b, i)).FirstOrDefault(x => x.b.Paragraphs.Contains(choice.Paragraph), (null!, -1)).Item2;
            if (block < 0)
            {
                throw new MeetingException(Diagnostic.Error(path, choice.Line, choice.Column,
                    $"the report has no paragraph {choice.Paragraph}",
                    $"paragraphs are counted from 1 after the title; this report has {blocks.Sum(b => b.Paragraphs.Count)}"));
            }

            kinds[block] = choice.Kind;
        }

        return kinds;
    }

    private static string Excerpt(string sentence) => sentence.Length <= 24 ? sentence : sentence[..24] + "…";
}
