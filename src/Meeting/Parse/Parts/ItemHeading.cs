using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// An item's heading is its first clause without the marker: 一要着力构建…新格局。 gives 着力构建…新格局.
/// A clause too short to say anything (一年来) or one that only frames the point (会议指出, 回顾2021年) gives way to the next one.
/// </summary>
public static partial class ItemHeading
{
    private const int ShortestUsefulClause = 4;
    private const string FullWidthClauseEnds = "，。；：！？";
    private const string AsciiClauseEnds = ",;:!?";

    public static string Of(string sentence, string marker)
    {
        var rest = sentence[marker.Length..].TrimStart('，', '、', ',', '.', '．', '：', ':', ' ');
        var clauses = Clauses(rest).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        // A clause of resolve (砥砺奋进) is the heading only where the point says nothing else.
        var heading = clauses.FirstOrDefault(c => c.Length >= ShortestUsefulClause && !IsFrame(c) && !StockPhrase().IsMatch(c))
            ?? clauses.FirstOrDefault(c => c.Length >= ShortestUsefulClause && !IsFrame(c))
            ?? clauses.FirstOrDefault() ?? rest;
        return heading.Trim();
    }

    // Full-width punctuation always ends a clause; ASCII punctuation only as in English, before a space or the
    // end, so that text pasted with an entity (&amp;) or a time (10:30) is not cut in the middle.
    private static IEnumerable<string> Clauses(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ends = FullWidthClauseEnds.Contains(text[i])
                || (AsciiClauseEnds.Contains(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (ends)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    /// <summary>Clauses that frame a point rather than say it (会议指出，过去一年，…): a heading is never one of these.</summary>
    private static readonly string[] FrameClauses =
    [
        "会议指出", "会议强调", "会议要求", "会议认为", "会议号召", "会议提出", "会议明确", "会议强调指出",
        "一年来", "过去一年", "过去的一年", "刚刚过去的一年", "回顾过去一年", "总之", "同时", "为此", "其中",
    ];

    private static bool IsFrame(string clause) =>
        FrameClauses.Contains(clause) || TimeFrame().IsMatch(clause) || Circumstance().IsMatch(clause);

    // 在习近平总书记亲自关心、亲自部署、亲自推动下: the circumstance of a point, not its subject.
    [GeneratedRegex(@"^在.{2,40}(下|中)$")]
    private static partial Regex Circumstance();

    // 教育系统牢记嘱托, 砥砺奋进: resolve, not a deed. A subject of up to six characters and a four-character phrase.
    [GeneratedRegex(@"^.{0,6}(牢记嘱托|砥砺奋进|勇毅前行|踔厉奋发|攻坚克难|真抓实干|奋发有为|锐意进取|守正创新|迎难而上|笃行不怠)$")]
    private static partial Regex StockPhrase();

    // A clause that only sets the time: 回顾2021年, 过去五年, 2023年以来, 近三年来.
    [GeneratedRegex(@"^(回顾|刚刚过去的|过去的?|近)?[0-9一二三四五六七八九十两]{1,4}年(来|以来)?$")]
    private static partial Regex TimeFrame();
}
