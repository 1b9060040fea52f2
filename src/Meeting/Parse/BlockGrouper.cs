namespace Meeting.Parse;

/// <summary>
/// Groups paragraphs into blocks, one block a part. Mostly a paragraph is a part; but where items stand one per
/// paragraph, the items' paragraphs join the lead paragraph before them, and so do paragraphs between two
/// items of one list (the body of an item).
/// </summary>
internal static class BlockGrouper
{
    public static IReadOnlyList<Block> Group(IReadOnlyList<IReadOnlyList<ParsedSentence>> paragraphs)
    {
        var blocks = new List<List<IReadOnlyList<ParsedSentence>>>();
        for (var k = 0; k < paragraphs.Count; k++)
        {
            var paragraph = paragraphs[k];
            var current = blocks.Count > 0 ? blocks[^1] : null;
            if (current is not null && Joins(current, paragraph, paragraphs.Skip(k + 1), isFirstBlock: blocks.Count == 1))
            {
                current.Add(paragraph);
            }
            else
            {
                blocks.Add([paragraph]);
            }
        }

        return blocks
            .Select(b => new Block(b.Select(p => p[0].Paragraph).ToList(), b.SelectMany(p => p).ToList()))
            .ToList();
    }

    private static bool Joins(
        List<IReadOnlyList<ParsedSentence>> block,
        IReadOnlyList<ParsedSentence> paragraph,
        IEnumerable<IReadOnlyList<ParsedSentence>> following,
        bool isFirstBlock)
    {
        var sentences = block.SelectMany(p => p).ToList();
        var sequence = MarkerSequence.Find(sentences);
        var marker = paragraph[0].Marker;

        if (sequence.Count > 0)
        {
            var last = sentences[sequence[^1]].Marker!;
            if (marker is not null)
            {
                return Continues(last, marker);
            }

            // A paragraph without a marker belongs to the list only if the list goes on after it.
            var nextMarked = following.FirstOrDefault(p => p[0].Marker is not null);
            return nextMarked is not null && Continues(last, nextMarked[0].Marker!);
        }

        if (marker is not { Value: 1 })
        {
            return false;
        }

        // The first item of a list laid out one per paragraph: it joins the lead paragraph before it,
        // unless that paragraph is the opening or already a list of its own.
        var ownList = sentences.Any(s => s.Marker is { Value: 1 });
        if (ownList || isFirstBlock || block.Count > 1)
        {
            return false;
        }

        var endsWithColon = sentences[^1].Text.EndsWith('：') || sentences[^1].Text.EndsWith(':');
        var listOfSemicolons = sentences.Count(s => s.Text.EndsWith('；')) >= 2;
        var isList = MarkerSequence.Find(paragraph).Count > 0 || HasSecondItem(following, marker);
        return endsWithColon || (isList && !listOfSemicolons);
    }

    private static bool Continues(OrdinalMarker last, OrdinalMarker next) =>
        next.Style == last.Style && next.Value == last.Value + 1;

    private static bool HasSecondItem(IEnumerable<IReadOnlyList<ParsedSentence>> following, OrdinalMarker first) =>
        following.FirstOrDefault(p => p[0].Marker is not null)?[0].Marker is { } next && Continues(first, next);
}
