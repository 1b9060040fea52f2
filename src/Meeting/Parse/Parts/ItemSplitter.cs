using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Cuts a block into lead, items and closing. An item runs from its marker to the next marker; the last item
/// runs as long as the items before it did (in sentences) and never past a sentence such as 会议强调…, so the
/// unnumbered points after 三是 and the closing remark after 四是 are not swallowed by the last item.
/// </summary>
internal static class ItemSplitter
{
    /// <summary>Sentence openers that close a list: the sentence after the last item that starts so is not part of it.</summary>
    private static readonly string[] ClosingOpeners =
        ["会议强调", "会议要求", "会议指出", "会议认为", "会议号召", "会议提出", "会议明确", "总之", "同时，", "此外", "另外"];

    public sealed record Parts(IReadOnlyList<Sentence> Lead, IReadOnlyList<Item> Items, IReadOnlyList<Sentence> Closing);

    public static Parts Split(Block block, IReadOnlyList<int> sequence, SectionKind kind)
    {
        var sentences = block.Sentences;
        if (sequence.Count > 0)
        {
            return ByMarkers(sentences, sequence);
        }

        if (kind == SectionKind.Review)
        {
            return BySemicolons(sentences);
        }

        return new Parts(sentences.Select(s => s.Sentence).ToList(), [], []);
    }

    private static Parts ByMarkers(IReadOnlyList<ParsedSentence> sentences, IReadOnlyList<int> sequence)
    {
        var items = new List<Item>();
        for (var i = 0; i < sequence.Count - 1; i++)
        {
            items.Add(MakeItem(i + 1, sentences, sequence[i], sequence[i + 1]));
        }

        // Items one per paragraph end with their paragraph; items inline are as long as the ones before them.
        var lastStart = sequence[^1];
        var onePerParagraph = sequence.Select(i => sentences[i].Paragraph).Distinct().Count() == sequence.Count;
        var longest = items.Max(item => item.Sentences.Count);
        var lastEnd = lastStart + 1;
        while (lastEnd < sentences.Count
               && sentences[lastEnd].Paragraph == sentences[lastStart].Paragraph
               && (onePerParagraph || lastEnd - lastStart < longest)
               && !sentences[lastEnd].StartsWithAny(ClosingOpeners))
        {
            lastEnd++;
        }

        items.Add(MakeItem(sequence.Count, sentences, lastStart, lastEnd));
        return new Parts(
            sentences.Take(sequence[0]).Select(s => s.Sentence).ToList(),
            items,
            sentences.Skip(lastEnd).Select(s => s.Sentence).ToList());
    }

    private static Parts BySemicolons(IReadOnlyList<ParsedSentence> sentences)
    {
        var first = Enumerable.Range(0, sentences.Count).FirstOrDefault(i => SentenceSplitter.EndsWithSemicolon(sentences[i].Text), -1);
        if (first < 0)
        {
            return new Parts(sentences.Select(s => s.Sentence).ToList(), [], []);
        }

        var end = first;
        while (end < sentences.Count && SentenceSplitter.EndsWithSemicolon(sentences[end].Text))
        {
            end++;
        }

        end = Math.Min(end + 1, sentences.Count); // the achievement that closes the list with 。
        var items = Enumerable.Range(first, end - first)
            .Select(i => MakeItem(i - first + 1, sentences, i, i + 1))
            .ToList();
        return new Parts(
            sentences.Take(first).Select(s => s.Sentence).ToList(),
            items,
            sentences.Skip(end).Select(s => s.Sentence).ToList());
    }

    private static Item MakeItem(int ordinal, IReadOnlyList<ParsedSentence> sentences, int start, int end)
    {
        var marker = sentences[start].Marker?.Text ?? "";
        var own = sentences.Skip(start).Take(end - start).Select(s => s.Sentence).ToList();
        return new Item(ordinal, marker, ItemHeading.Of(own[0].Text, marker), own);
    }
}
