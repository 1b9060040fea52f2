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
        var heading = clauses.FirstOrDefault(c => c.Length >= ShortestUsefulClause && !IsFrame(c) && !IsPreamble(c, clauses))
            ?? clauses.FirstOrDefault(c => c.Length >= ShortestUsefulClause && !IsFrame(c))
            ?? clauses.FirstOrDefault() ?? rest;
        return heading.Trim();
    }

    // Full-width punctuation always ends a clause; ASCII punctuation as in English, before a space or the end, and
    // before Chinese as a report pasted with half-width punctuation writes it (稳定和扩大就业,实施…); never inside a
    // number or a time (6.8万, 10:30) or after an entity (&amp;).
    private static IEnumerable<string> Clauses(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ends = FullWidthClauseEnds.Contains(text[i])
                || (AsciiClauseEnds.Contains(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])
                    || (!char.IsAsciiLetterOrDigit(text[i + 1]) && !SentenceSplitter.EndsAnEntity(text, 0, i))));
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

    // A clause of resolve (砥砺奋进) or of stance (全市卫生健康系统坚持以人民健康为中心) before the point itself.
    private static bool IsPreamble(string clause, List<string> clauses) =>
        StockPhrase().IsMatch(clause) || ((Stance().IsMatch(clause) || Summary().IsMatch(clause)) && clause != clauses[^1]);

    // 在习近平总书记亲自关心、亲自部署、亲自推动下; 我县教育工作在县委、县政府的坚强领导下; 李文博在工作报告中指出;
    // 面对新冠肺炎疫情和严重汛情的双重考验: the circumstance of a point or who says it, not its subject.
    [GeneratedRegex(@"^.{0,12}在.{2,40}(下|中)$|^面对.{2,40}$|^.{1,20}在.{0,24}(讲话|报告|致辞|发言)中(指出|强调|表示|要求|提出)$|^[^，]{1,10}(指出|强调|表示|认为)$")]
    private static partial Regex Circumstance();

    [GeneratedRegex(@"^(全[省市县区校院]|我[省市县区校院]|学校|各地|[^，]{0,14}系统)[^，]{0,4}(始终坚持|坚持|紧紧围绕|紧扣|聚焦|锚定)")]
    private static partial Regex Stance();

    // 各项工作取得明显成效, 取得了新的成绩, 学校各项事业取得新进展: the sum of the points, said before the first of them
    // (服务打好三大攻坚战取得明显进展 is a point of its own: its subject is a field of work, not all of it).
    [GeneratedRegex(@"^(.{0,10}(各项工作|各项事业|事业|工作))?取得了?(明显|显著|新的?|积极|重要|长足)?(的)?(成效|成绩|成就|进展)$")]
    private static partial Regex Summary();

    // 教育系统牢记嘱托, 砥砺奋进: resolve, not a deed. A subject of up to six characters and a four-character phrase.
    [GeneratedRegex(@"^.{0,6}(牢记嘱托|砥砺奋进|勇毅前行|踔厉奋发|攻坚克难|真抓实干|奋发有为|锐意进取|守正创新|迎难而上|笃行不怠)$")]
    private static partial Regex StockPhrase();

    // A clause that only sets the time: 回顾2021年, 过去五年, 2023年以来, 近三年来.
    [GeneratedRegex(@"^(回顾|刚刚过去的|过去的?|近)?[0-9一二三四五六七八九十两]{1,4}年(来|以来)?$")]
    private static partial Regex TimeFrame();
}
