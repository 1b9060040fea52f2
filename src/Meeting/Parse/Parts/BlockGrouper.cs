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
    /// <summary>What a kind must score on a paragraph alone for it to be a part of its own, not a list's closing.</summary>
    public const double OwnPart = 3.5;

    public static IReadOnlyList<Block> Group(IReadOnlyList<IReadOnlyList<ParsedSentence>> paragraphs, int? year)
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
            while (last + 1 < paragraphs.Count && ClosesList(paragraphs[last + 1], last + 2 < paragraphs.Count ? paragraphs[last + 2] : null, year))
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
        if (StartMarker(paragraphs[start]) is not { Value: 1 } first
            || MarkerSequence.Find(paragraphs[start]) is { Count: > 0 } inline && inline[0] == StartIndex(paragraphs[start]))
        {
            return null; // not a first point, or a whole list inline in this paragraph
        }

        var items = new List<int> { start };
        var last = first;
        for (var p = start + 1; p < paragraphs.Count; p++)
        {
            if (StartMarker(paragraphs[p]) is not { } marker || marker.Style != first.Style)
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
    /// The marker a paragraph opens with: that of its first sentence, or of its second where the first is only a
    /// lead of a few words (会议要求，（一）…: the first point carries the lead verb), or of the first point after a
    /// lead of a sentence or two in the same paragraph (…要重点抓好以下工作。一是…, with 二是… in the next paragraph).
    /// </summary>
    private static OrdinalMarker? StartMarker(IReadOnlyList<ParsedSentence> paragraph) =>
        paragraph[StartIndex(paragraph)].Marker;

    private static int StartIndex(IReadOnlyList<ParsedSentence> paragraph)
    {
        if (paragraph[0].Marker is not null)
        {
            return 0;
        }

        if (HasShortLead(paragraph))
        {
            return 1;
        }

        var firstPoint = Enumerable.Range(0, Math.Min(paragraph.Count, LongestLead + 1)).FirstOrDefault(i => paragraph[i].Marker is not null);
        return firstPoint > 0 && paragraph[firstPoint].Marker is { Value: 1 } ? firstPoint : 0;
    }

    private const int LongestLead = 2;

    private static bool HasShortLead(IReadOnlyList<ParsedSentence> paragraph) =>
        paragraph.Count > 1 && paragraph[0].Text.Length <= 10 && paragraph[0].Text[^1] is '，' or '：' or ',';

    // 一是… or 会议要求，一是…: the first point at the paragraph's start, where a paragraph before may lead it.
    private static bool OpensWithFirstPoint(IReadOnlyList<ParsedSentence> paragraph) =>
        (paragraph[0].Marker ?? (HasShortLead(paragraph) ? paragraph[1].Marker : null)) is { Value: 1 };

    /// <summary>
    /// The paragraph before a list leads it (会议要求，全年重点抓好以下工作：) unless it is a part of its own: the
    /// opening, a list or a run of achievements separated by ；, a paragraph naming who took part, or one already
    /// in a block.
    /// </summary>
    private static bool LeadBefore(IReadOnlyList<IReadOnlyList<ParsedSentence>> paragraphs, int start, int[] owner)
    {
        if (start == 0 || owner[start - 1] != start - 1 || start - 1 == 0 || StartIndex(paragraphs[start]) > 0)
        {
            return false; // no paragraph before, or the opening, or the list carries its own lead
        }

        var lead = paragraphs[start - 1];
        var endsWithColon = lead[^1].Text.EndsWith('：') || lead[^1].Text.EndsWith(':');
        var isList = MarkerSequence.Find(lead).Count > 0 || lead.Count(s => SentenceSplitter.EndsWithSemicolon(s.Text)) >= 2;
        var names = lead.Any(s => AttendeeReader.NamesAttendees(s.Text));
        return endsWithColon || (!isList && !names && lead.Count <= 3);
    }

    /// <summary>
    /// An unnumbered paragraph after the last item closes the list, unless it is a part of its own: it opens with
    /// a lead of its own (会议号召…, 会上…, 韦丽娟对…作出部署), names who took part, holds a list, leads the list that
    /// follows, or reads strongly as some kind of part standing alone (other business, such as 交流发言, too).
    /// </summary>
    private static bool ClosesList(IReadOnlyList<ParsedSentence> paragraph, IReadOnlyList<ParsedSentence>? next, int? year) =>
        !OwnLead().IsMatch(paragraph[0].Text)
        && !OpensWithSpeaker(paragraph[0].Text)
        && !paragraph.Any(s => AttendeeReader.NamesAttendees(s.Text))
        && !paragraph.Any(s => s.Marker is not null)
        && (next is null || !OpensWithFirstPoint(next)) // a list with a lead sentence of its own needs none
        && PartRecognisers.Judge(new BlockReading(new Block([paragraph[0].Paragraph], paragraph), 1, 3, year)).Max(e => e.Score) < OwnPart;

    // 韦丽娟对2026年重点工作进行了部署: a person who speaks opens a part of the report.
    private static bool OpensWithSpeaker(string text) =>
        text.Length > 4 && PersonName.IsSurname(text[0]) && SpeakerLead().IsMatch(text);

    // 会议强调，… 会议以视频形式召开 会上，… 2023年，… 某某在讲话中指出 与会人员…: a paragraph that opens as a part does.
    [GeneratedRegex(@"^(会议|会上|大会|与会|[0-9]{4}年|过去|一年来|回顾|[^，。]{1,20}(指出|强调|要求|表示)，)")]
    private static partial Regex OwnLead();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{1,3}(对|就|在|从|围绕|强调|指出|要求|表示|提出|作|代表)")]
    private static partial Regex SpeakerLead();
}
