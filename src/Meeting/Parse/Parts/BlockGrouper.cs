using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// Groups paragraphs into blocks, one block a part. Mostly a paragraph is a part; but where items stand one per
/// paragraph, the items' paragraphs join the lead paragraph before them, and so do paragraphs between two
/// items of one list (the body of an item), and so do the unnumbered paragraphs that close a list laid out one
/// item per paragraph (要准确把握… after 五是…), as they would close it inline.
/// </summary>
internal static partial class BlockGrouper
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
        var marker = paragraph[0].Marker;

        if (LastItemMarker(block, sentences) is { } last)
        {
            if (marker is not null)
            {
                return Continues(last, marker);
            }

            // A paragraph without a marker belongs to the list if the list goes on after it (an item's body),
            // or closes a list laid out one item per paragraph.
            var nextMarked = following.FirstOrDefault(p => p[0].Marker is not null);
            return (nextMarked is not null && Continues(last, nextMarked[0].Marker!))
                || ClosesList(block, paragraph, following.FirstOrDefault());
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

    /// <summary>
    /// The marker of the last item of the block's list, if the block holds a list: two or more numbered points,
    /// or a first point on a paragraph of its own after the lead (one item per paragraph, the second not read yet,
    /// perhaps with a paragraph of the first item's body read since).
    /// </summary>
    private static OrdinalMarker? LastItemMarker(List<IReadOnlyList<ParsedSentence>> block, List<ParsedSentence> sentences)
    {
        var sequence = MarkerSequence.Find(sentences);
        if (sequence.Count > 0)
        {
            return sentences[sequence[^1]].Marker;
        }

        return block.Count >= 2 && block[1][0].Marker is { Value: 1 } first ? first : null;
    }

    /// <summary>
    /// An unnumbered paragraph after the last item of a one-per-paragraph list closes that list, unless it is a
    /// part of its own: it opens with a lead of its own (会议号召…, 会上…), names who took part, holds a list, or
    /// leads the list that follows.
    /// </summary>
    private static bool ClosesList(List<IReadOnlyList<ParsedSentence>> block, IReadOnlyList<ParsedSentence> paragraph, IReadOnlyList<ParsedSentence>? next)
    {
        var onePerParagraph = block.Count(p => p[0].Marker is not null) >= 2;
        var partOfItsOwn = OwnLead().IsMatch(paragraph[0].Text)
            || paragraph.Any(s => AttendeeReader.NamesAttendees(s.Text))
            || paragraph.Any(s => s.Marker is not null)
            || next?[0].Marker is { Value: 1 };
        return onePerParagraph && !partOfItsOwn;
    }

    // 会议强调，… 会议以视频形式召开 会上，… 2023年，…: a paragraph that opens as a part does.
    [GeneratedRegex(@"^(会议|会上|大会|[0-9]{4}年|过去|一年来|回顾)")]
    private static partial Regex OwnLead();

    private static bool Continues(OrdinalMarker last, OrdinalMarker next) =>
        next.Follows(last);

    private static bool HasSecondItem(IEnumerable<IReadOnlyList<ParsedSentence>> following, OrdinalMarker first) =>
        following.FirstOrDefault(p => p[0].Marker is not null)?[0].Marker is { } next && Continues(first, next);
}
