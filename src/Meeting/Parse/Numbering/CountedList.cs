using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// A list announced by its count and its word, with no ordinals: 要求做到“五个着力”：着力抓好…；着力深化…；
/// 重点做好“四个聚焦”：聚焦参保扩面，…；聚焦基金监管，…; “三个到位”：责任落实到位，…；措施落实到位，…. Each point opens
/// with the word counted, or its first clause ends with it, and there are as many as the count says; a count whose
/// points do not all do so (把握好“四个关系”：…) is no list.
/// </summary>
internal static partial class CountedList
{
    /// <summary>
    /// The word the list counts when <paramref name="text"/> announces one just before <paramref name="colonAt"/>
    /// (the index of its ：) and the text after the colon opens with it.
    /// </summary>
    public static string? WordBefore(string text, int lineStart, int colonAt)
    {
        var before = text.AsSpan(lineStart, colonAt - lineStart).ToString();
        var announced = Announcement().Match(before);
        if (!announced.Success || Count(announced) is null)
        {
            return null;
        }

        var word = announced.Groups["word"].Value;
        var end = text.IndexOfAny(ClauseEnds, colonAt + 1);
        return OpensWith(text[(colonAt + 1)..(end < 0 ? text.Length : end + 1)], word) ? word : null;
    }

    private static readonly char[] ClauseEnds = ['，', '；', '。', ',', ';', '\n'];

    // 着力抓好…: the point opens with the word; 责任落实到位，…: its first clause ends with it (“三个到位”).
    private static bool OpensWith(string point, string word)
    {
        var end = point.IndexOfAny(ClauseEnds);
        var clause = (end < 0 ? point : point[..end]).Trim();
        return clause.StartsWith(word, StringComparison.Ordinal) || (clause.Length > word.Length && clause.EndsWith(word, StringComparison.Ordinal));
    }

    /// <summary>
    /// Marks the points of every announced list among <paramref name="sentences"/> with markers counting 1, 2, 3… in
    /// a style of their own, so that the rest of the parser reads them as any numbered list. The marker's text is
    /// empty: the counted word is part of the point (着力抓好… is the heading, not 抓好…).
    /// </summary>
    public static IReadOnlyList<OrdinalMarker?> Mark(IReadOnlyList<string> sentences, IReadOnlyList<OrdinalMarker?> markers)
    {
        var result = markers.ToArray();
        for (var i = 0; i + 1 < sentences.Count; i++)
        {
            var announced = Announcement().Match(sentences[i].TrimEnd());
            if (!announced.Success || Count(announced) is not { } count)
            {
                continue;
            }

            var word = announced.Groups["word"].Value;
            var points = Enumerable.Range(i + 1, Math.Min(count + 1, sentences.Count - i - 1))
                .TakeWhile(j => OpensWith(sentences[j], word))
                .ToList();
            if (points.Count != count || points.Any(j => result[j] is not null))
            {
                continue;
            }

            foreach (var (j, value) in points.Select((j, n) => (j, n + 1)))
            {
                result[j] = new OrdinalMarker(value, MarkerStyle.Counted, "");
            }
        }

        return result;
    }

    private static int? Count(Match announced) => announced.Groups["count"].Value switch
    {
        "两" => 2,
        [>= '2' and <= '9'] digit => digit[0] - '0',
        var numeral => ChineseNumerals.Parse(numeral) is >= 2 and var value ? value : null,
    };

    // …做到“五个着力”： …重点做好四个聚焦： (quotes optional), at the end of the text before the colon; a quoted count
    // may be followed by a few words (“三个到位”确保各项工作落实：).
    [GeneratedRegex(@"[“""‘]?(?<count>[两二三四五六七八九十]{1,2}|[2-9])个(?<word>\p{IsCJKUnifiedIdeographs}{1,3})(?:[”""’][^。；：:“”""]{0,20})?[：:]?$")]
    private static partial Regex Announcement();
}
