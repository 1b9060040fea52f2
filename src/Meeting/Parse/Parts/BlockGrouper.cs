using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// Groups paragraphs into blocks, one block a part. Mostly a paragraph is a part; but a list laid out one item per
/// paragraph is one part: its item paragraphs (each opening with the next number of one marker style), the
/// paragraphs between them (an item's body, a list of another style inside an item), the lead paragraph before
/// the first item, and the unnumbered paragraphs that close the list (要准确把握… after 五是…).
/// </summary>
internal static partial class BlockGrouper
{
    public static IReadOnlyList<Block> Group(IReadOnlyList<IReadOnlyList<ParsedSentence>> paragraphs)
    {
        var owner = new int[paragraphs.Count]; // the first paragraph of the block each paragraph belongs to
        for (var p = 0; p < paragraphs.Count; p++)
        {
            owner[p] = p;
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (owner[p] != p || ListFrom(paragraphs, p) is not { } items)
            {
                continue;
            }

            var first = LeadBefore(paragraphs, p, owner) ? p - 1 : p;
            var last = items[^1];
            while (last + 1 < paragraphs.Count && ClosesList(paragraphs[last + 1], last + 2 < paragraphs.Count ? paragraphs[last + 2] : null))
            {
                last++;
            }

            for (var q = first; q <= last; q++)
            {
                owner[q] = first;
            }

            p = last;
        }

        return Enumerable.Range(0, paragraphs.Count)
            .GroupBy(p => owner[p])
            .Select(g => new Block(g.Select(p => paragraphs[p][0].Paragraph).ToList(), g.SelectMany(p => paragraphs[p]).ToList()))
            .ToList();
    }

    /// <summary>
    /// The paragraphs of a list laid out one item per paragraph that starts at paragraph <paramref name="start"/>:
    /// it opens with a first point, and a later paragraph opens with the second point of the same style before any
    /// paragraph opens a new first point of that style. Null where no such list starts here.
    /// </summary>
    private static List<int>? ListFrom(IReadOnlyList<IReadOnlyList<ParsedSentence>> paragraphs, int start)
    {
        if (paragraphs[start][0].Marker is not { Value: 1 } first || MarkerSequence.Find(paragraphs[start]) is { Count: > 0 } inline && inline[0] == 0)
        {
            return null; // not a first point, or a whole list inline in this paragraph
        }

        var items = new List<int> { start };
        var last = first;
        for (var p = start + 1; p < paragraphs.Count; p++)
        {
            if (paragraphs[p][0].Marker is not { } marker || marker.Style != first.Style)
            {
                continue; // an item's body, or a list of another style inside an item
            }

            if (!marker.Follows(last))
            {
                break;
            }

            items.Add(p);
            last = marker;
        }

        return items.Count >= 2 ? items : null;
    }

    /// <summary>
    /// The paragraph before a list leads it (会议要求，全年重点抓好以下工作：) unless it is a part of its own: the
    /// opening, a list or a run of achievements separated by ；, a paragraph naming who took part, or one already
    /// in a block.
    /// </summary>
    private static bool LeadBefore(IReadOnlyList<IReadOnlyList<ParsedSentence>> paragraphs, int start, int[] owner)
    {
        if (start == 0 || owner[start - 1] != start - 1 || start - 1 == 0)
        {
            return false;
        }

        var lead = paragraphs[start - 1];
        var endsWithColon = lead[^1].Text.EndsWith('：') || lead[^1].Text.EndsWith(':');
        var isList = MarkerSequence.Find(lead).Count > 0 || lead.Count(s => s.Text.EndsWith('；')) >= 2;
        var names = lead.Any(s => AttendeeReader.NamesAttendees(s.Text));
        return endsWithColon || (!isList && !names && lead.Count <= 3);
    }

    /// <summary>
    /// An unnumbered paragraph after the last item closes the list, unless it is a part of its own: it opens with
    /// a lead of its own (会议号召…, 会上…), names who took part, holds a list, or leads the list that follows.
    /// </summary>
    private static bool ClosesList(IReadOnlyList<ParsedSentence> paragraph, IReadOnlyList<ParsedSentence>? next) =>
        !OwnLead().IsMatch(paragraph[0].Text)
        && !paragraph.Any(s => AttendeeReader.NamesAttendees(s.Text))
        && !paragraph.Any(s => s.Marker is not null)
        && next?[0].Marker is not { Value: 1 };

    // 会议强调，… 会议以视频形式召开 会上，… 2023年，… 某某在讲话中指出: a paragraph that opens as a part does.
    [GeneratedRegex(@"^(会议|会上|大会|[0-9]{4}年|过去|一年来|回顾|[^，。]{1,20}(指出|强调|要求|表示)，)")]
    private static partial Regex OwnLead();
}
