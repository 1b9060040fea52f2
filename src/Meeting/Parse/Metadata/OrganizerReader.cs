using System.Text.RegularExpressions;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The body that convened the meeting, where the report says it: as the subject of 召开 or 举办 in the title or
/// the opening sentence (县医疗保障局召开2023年全县医疗保障工作会议, 由省教育厅主办), or as the body whose head gave
/// the work report (国家统计局党组书记、局长宁立岩作工作报告: in this genre the convening body reports on its own
/// year). Never guessed beyond that: most reports of a ministry's conference name no organizer, and then there is none.
/// </summary>
public static partial class OrganizerReader
{
    public static string? Read(string title, string openingSentence, IReadOnlyList<Speaker> speakers) =>
        Convener(title) ?? Convener(openingSentence) ?? Reporter(speakers);

    private static string? Convener(string text)
    {
        var match = Convenes().Match(text);
        return match.Success && IsNamedBody(match.Groups["body"].Value) ? match.Groups["body"].Value : null;
    }

    // 国家统计局党组书记、局长 → 国家统计局: the first post, without its title and the party organ within the body.
    private static string? Reporter(IReadOnlyList<Speaker> speakers)
    {
        var reporter = speakers.FirstOrDefault(s => s.Act.Contains("工作报告", StringComparison.Ordinal));
        if (reporter is null || reporter.Role.Split('、')[0] is not { Length: > 0 } post || GroupTitles.TitleOf(post) is not { } title)
        {
            return null;
        }

        var unit = post[..^title.Length];
        unit = Organ().Replace(unit, "");
        return IsNamedBody(unit) ? unit : null;
    }

    // 学校, 我县, 本局 name no body a reader could look up.
    private static bool IsNamedBody(string body) =>
        body.Length >= 2 && Body().IsMatch(body) && !body.StartsWith('我') && !body.StartsWith('本') && body is not ("学校" or "全县" or "全市" or "全省");

    // The subject at the start of the text (after a date such as 1月9日，), right before 召开/举办/主办 or 在…召开.
    [GeneratedRegex(@"^(?:\d{1,2}月\d{1,2}日(?:上午|下午)?，)?(?:由)?(?<body>[^，。；、\s“”]{2,20}?)(?:在[^，。；]{1,24}?)?(?:召开|举办|主办)(?:了)?(?:\d{4}年|[^，。；]{0,6}工作会议)")]
    private static partial Regex Convenes();

    [GeneratedRegex(@"(?:部|厅|局|委员会|委|办公室|政府|大学|学院|法院|检察院|中心|署|总局|党委|党组)$")]
    private static partial Regex Body();

    [GeneratedRegex(@"(?:党组|党委|党工委)(?:书记|副书记|成员)?$")]
    private static partial Regex Organ();
}
