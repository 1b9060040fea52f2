namespace Meeting.Corpus.Sections;

/// <summary>
/// Lays out a numbered part (attributes, tasks, requirements): a lead sentence, the items, then closing
/// sentences, either all in one paragraph or the lead and each item and closing in a paragraph of its own.
/// </summary>
public static class NumberedPart
{
    /// <param name="marker">要 for tasks (一要…), 是 for attributes and requirements (一是…).</param>
    public static IReadOnlyList<string> Lay(string lead, IReadOnlyList<string> items, char marker, IReadOnlyList<string> closing, bool onePerParagraph)
    {
        var numbered = items.Select((item, i) => Ordinals.Numeral(i + 1) + marker + item).ToList();
        if (!onePerParagraph)
        {
            return [lead + string.Concat(numbered) + string.Concat(closing)];
        }
        return [lead, .. numbered, .. closing];
    }
}
