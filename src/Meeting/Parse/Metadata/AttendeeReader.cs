using System.Text.RegularExpressions;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Reads who took part. A sentence lists groups clause by clause, each clause ending in the verb that says how
/// it took part (…参加会议，…列席会议) or sharing the verb of the next clause that has one; 参加会议的有… puts the
/// verb first. The verb is never part of a name, and neither is where a group sat (在主会场, 在各地分会场).
/// Within a clause, groups listed with 、 share words as the text intends (see <see cref="GroupNames"/>).
/// </summary>
public static partial class AttendeeReader
{
    public static IReadOnlyList<AttendeeGroup> Read(IEnumerable<Sentence> sentences)
    {
        var groups = new List<AttendeeGroup>();
        foreach (var sentence in sentences)
        {
            foreach (var (names, role) in Clauses(sentence.Text))
            {
                groups.AddRange(GroupNames.Split(names).Select(name => new AttendeeGroup(name, role, sentence.Id)));
            }
        }

        return groups;
    }

    /// <summary>True when the sentence names at least one group that took part.</summary>
    public static bool NamesAttendees(string sentence) => Clauses(sentence).Any();

    private static IEnumerable<(string Names, string Role)> Clauses(string sentence)
    {
        var clauses = TopLevel.Split(sentence.TrimEnd('。', '；', '.', ';', ' '), "，,；;").ToList();
        var roles = clauses.Select(RoleAtEnd).ToList();
        for (var i = 0; i < clauses.Count; i++)
        {
            if (VerbFirst().Match(clauses[i]) is { Success: true } inverted)
            {
                // 参加会议的有A、B，C: every clause to the end of the sentence is a group of that role.
                var role = Role(inverted.Groups["invited"].Success, inverted.Groups["verb"].Value);
                var rest = clauses[i][inverted.Length..];
                foreach (var names in new[] { rest }.Concat(clauses.Skip(i + 1)).Select(Clean).Where(n => n.Length > 0))
                {
                    yield return (names, role);
                }

                yield break;
            }

            // A clause without its own verb shares the verb of the next clause that has one: A，B参加会议. Not across
            // a clause of how the meeting went: in 1月9日，会议在…召开，A，B参加会议 the date is no group.
            var next = Enumerable.Range(i, clauses.Count - i).FirstOrDefault(j => roles[j] is not null, -1);
            var shared = next < 0 ? null : roles[next];
            if (shared is null || IsNotAGroup(clauses[i]) || Enumerable.Range(i + 1, next - i).Any(j => j < next && IsNotAGroup(clauses[j])))
            {
                continue;
            }

            var name = Clean(roles[i] is not null ? Ending().Replace(clauses[i], "") : clauses[i]);
            if (name.Length > 0 && !Urging().IsMatch(name))
            {
                yield return (WithTitleOfNext(name, clauses, roles, i), shared.Value.Role);
            }
        }
    }

    /// <summary>
    /// 各省（自治区、直辖市）水利（水务）厅（局），新疆生产建设兵团水利局主要负责同志参加会议: bodies listed with a comma
    /// share the title of the next clause, as they do with 、, where the body names no one by itself.
    /// </summary>
    private static string WithTitleOfNext(string name, List<string> clauses, List<(string Role, int Length)?> roles, int i)
    {
        if (i + 1 >= clauses.Count || roles[i] is not null || GroupTitles.TitleOf(name) is not null || !BodyName().IsMatch(name) || TopLevel.Split(name, "、").Count() > 1)
        {
            return name;
        }

        var next = Clean(roles[i + 1] is not null ? Ending().Replace(clauses[i + 1], "") : clauses[i + 1]);
        return GroupTitles.TitleOf(next) is { } title && title != "长" && !SharedWords.IsPerson(next) ? name + title : name;
    }

    [GeneratedRegex(@"(厅|局|委|办|院|厅（局）|局（委）|）)$")]
    private static partial Regex BodyName();

    private static (string Role, int Length)? RoleAtEnd(string clause) =>
        Ending().Match(clause) is { Success: true } m
            ? (Role(m.Groups["invited"].Success, m.Groups["verb"].Value), m.Length)
            : null;

    private static string Role(bool invited, string verb)
    {
        var plain = verb switch
        {
            "参会" => AttendeeRoles.Attend,
            "出席" => AttendeeRoles.Present,
            "列席" => AttendeeRoles.NonVoting,
            _ => AttendeeRoles.Attend,
        };
        return invited ? "应邀" + plain : plain;
    }

    // 会议以视频形式召开, 在各县设分会场, 会议由…主持, …讲话: how the meeting went, not who took part.
    private static bool IsNotAGroup(string clause) => NotAGroup().IsMatch(clause);

    private static string Clean(string names)
    {
        var name = Seat().Replace(names, "");
        name = Headcount().Replace(name, "");
        name = name.Trim().TrimStart('和', '及').Trim();
        foreach (var lead in Leads)
        {
            if (name.StartsWith(lead, StringComparison.Ordinal))
            {
                name = name[lead.Length..];
            }
        }

        return name.TrimEnd('等').Trim();
    }

    // 要积极参加, 鼓励学生参加: a call to take part in something, not a group that took part in the meeting.
    [GeneratedRegex(@"(?<![主重需只纲])要(?![求素])|积极|鼓励|引导|踊跃|应当|号召|(组织|动员)[^，、]{0,10}参加")]
    private static partial Regex Urging();

    private static readonly string[] Leads = ["此外", "另外", "同时", "还有", "以及", "会议邀请", "出席会议的还有"];

    [GeneratedRegex(@"(?<invited>应邀)?(分别)?(?:在[^，、]{0,10}?会场)?(?<verb>参加|出席|列席|参会)了?(?:会议|大会|本次会议|活动)?$")]
    private static partial Regex Ending();

    [GeneratedRegex(@"^(?<invited>应邀)?(?<verb>参加|出席|列席)(?:会议|大会|本次会议)?的(?:领导|同志|人员)?(?:还)?有")]
    private static partial Regex VerbFirst();

    [GeneratedRegex(@"召开|举行|主持|讲话|报告|发言|设分会场|设立分会场|会场设在|形式|方式|传达|学习|观看")]
    private static partial Regex NotAGroup();

    // 在主会场, 在各地分会场, 分别在主、分会场, 通过视频: where and how a group sat.
    [GeneratedRegex(@"(分别)?在[^，、]{0,10}?会场|通过(视频|网络|线上)[^，、]{0,6}$|在线上$|在线$|线上$")]
    private static partial Regex Seat();

    // 共300余人, 等200多人, 约120人: how many, not who.
    [GeneratedRegex(@"(共|等|约|计)?[0-9０-９一二三四五六七八九十百千万.]+(余|多)?(人|名)(次)?$")]
    private static partial Regex Headcount();
}
