using System.Text.RegularExpressions;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Reads who spoke at the meeting, in the order the text names them: the posts, the name, and what they did
/// (…部长怀进鹏出席会议并讲话; 厅长王强作工作报告; 会议由副厅长李明主持; 校长张华在讲话中指出). A phrase such as
/// 习近平总书记重要讲话精神 names no speaker of this meeting: the act must follow the name, and 重要讲话 is an
/// act only when someone makes it (作重要讲话).
/// </summary>
public static partial class SpeakerReader
{
    public static IReadOnlyList<Speaker> Read(string text)
    {
        var speakers = new List<(int At, Speaker Speaker)>();
        foreach (Match act in Act().Matches(text))
        {
            var clauseStart = text.LastIndexOfAny(['，', '。', '；', '：', ',', ';', ':', '\n', '（'], Math.Max(0, act.Index - 1)) + 1;
            var clause = text[clauseStart..act.Index];
            foreach (var (name, posts) in PeopleIn(clause))
            {
                speakers.Add((act.Index, new Speaker(name, posts, Normalise(act.Value))));
            }
        }

        return speakers
            .OrderBy(s => s.At)
            .Select(s => s.Speaker)
            .DistinctBy(s => s.Name)
            .ToList();
    }

    private static IEnumerable<(string Name, string Posts)> PeopleIn(string clause)
    {
        clause = Trailing().Replace(clause, "");
        clause = Leading().Replace(clause, "");
        // 省委书记张三、省长李四出席会议并讲话: two people, each with their posts.
        var people = new List<(string, string)>();
        var pending = "";
        foreach (var piece in TopLevel.Split(clause, "、"))
        {
            var candidate = pending.Length > 0 ? pending + "、" + piece : piece;
            if (PersonName.Split(candidate, unlisted: true) is { } person)
            {
                people.Add(person);
                pending = "";
            }
            else
            {
                pending = candidate;
            }
        }

        return people;
    }

    private static string Normalise(string act) => act.StartsWith("在", StringComparison.Ordinal) && act.Contains("讲话中") ? "讲话" : act;

    // What someone does at the meeting, right after their name.
    [GeneratedRegex(@"(?<![重要的])(?:(?:到会|莅临|亲临)(?:会议)?(?:指导)?并(?:作|发表)?(?:重要)?讲话|(?<!工)作(?:具体|工作|全面|动员)?部署(?:讲话)?|出席(?:会议|大会|会议开幕式)?并(?:作|发表)?(?:重要)?(?:讲话|致辞|作(?:工作)?报告)|(?:在会上|在会议上|在大会上)?(?:作|发表)(?:了)?(?:重要|总结|动员|专题|主题)?讲话|(?:在会上|在会议上|在大会上)?作(?:了)?题为《[^》]{1,60}》的[^，。；]{0,6}(?:讲话|报告)|(?:在会上|在会议上|在大会上)?作(?:了)?[^，。；《]{0,8}报告|作(?:会议)?总结|主持(?:会议|大会)?|在(?:会上|会议上|大会上)?(?:的)?讲话中(?:指出|强调|要求)|(?:在会上|在会议上|在大会上)?讲话(?![精中稿])|致辞|传达(?:了)?[^，。；]{2,40}精神)")]
    private static partial Regex Act();

    [GeneratedRegex(@"(同志|等|在)$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(会议由|由|会上|会上，|随后|最后|会议期间)")]
    private static partial Regex Leading();
}
