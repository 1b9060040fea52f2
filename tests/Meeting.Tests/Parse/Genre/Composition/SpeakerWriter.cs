using CsCheck;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// Who spoke: one to three people (the government leader, the head of the department, a deputy who presides),
/// each with posts before the name and what they did, in sentences of their own or joined by ，.
/// </summary>
public sealed record Speakers(IReadOnlyList<string> Sentences, IReadOnlyList<ExpectedSpeaker> Expected, string? Presider, ExpectedSpeaker? PresiderExpected, IReadOnlyList<string> Tags)
{
    private static readonly (int, string)[] HeadActs =
        [(35, "出席会议并讲话"), (10, "出席会议并作重要讲话"), (5, "作重要讲话"), (30, "作工作报告"), (10, "作题为《{title}》的工作报告"), (5, "讲话"), (10, "作总结讲话")];

    public static Gen<Speakers> Any(Setting s, string[] names, bool attendeesParagraph) =>
        from count in s.Level == Level.National ? Gen.Frequency((60, 1), (40, 2)) : Gen.Frequency((45, 1), (35, 2), (15, 3), (5, 0))
        from leaderPost in Chance.Any(s.Locality.LeaderPosts.Count > 0 ? s.Locality.LeaderPosts : ["部长"])
        from headPost in Chance.Any(SpeakerPosts.Heads(s.Level, s.Sector, s.Locality, s.Department))
        from deputyPost in Chance.Any(SpeakerPosts.Deputies(s.Level, s.Sector, s.Department))
        from headAct in Gen.Frequency(HeadActs)
        from leaderSpeaks in Chance.Percent(60)
        from presideForm in Gen.OneOf("{p}{n}主持会议", "会议由{p}{n}主持")
        from joined in Chance.Percent(40)
        from presiderAtEnd in Chance.Percent(attendeesParagraph ? 15 : 0)
        select Make(s, names, count, leaderPost, headPost, deputyPost, headAct, leaderSpeaks && s.Locality.LeaderPosts.Count > 0, presideForm, joined, presiderAtEnd);

    private static Speakers Make(
        Setting s, string[] names, int count, string leaderPost, string headPost, string deputyPost, string headAct, bool leaderSpeaks,
        string presideForm, bool joined, bool presiderAtEnd)
    {
        var title = s.Fill("锚定目标 真抓实干 奋力推动{scope}{sector}事业高质量发展");
        var act = headAct.Replace("{title}", title, StringComparison.Ordinal);
        // (posts, name, clause) in the order the text names them.
        var people = new List<(string Posts, string Name, string Clause)>();
        if (count >= 2 && leaderSpeaks || count == 3)
        {
            people.Add((leaderPost, names[0], $"{leaderPost}{names[0]}出席会议并讲话"));
        }

        if (count >= 1)
        {
            people.Add((headPost, names[1], $"{headPost}{names[1]}{(people.Count > 0 && act.Contains("讲话", StringComparison.Ordinal) ? "作工作报告" : act)}"));
        }

        (string Posts, string Name, string Clause)? presider = null;
        if (count == 3 || count == 2 && !leaderSpeaks)
        {
            presider = (deputyPost, names[2], presideForm.Replace("{p}", deputyPost, StringComparison.Ordinal).Replace("{n}", names[2], StringComparison.Ordinal));
        }

        var tags = new List<string> { $"speakers: {count}" };
        if (act.Contains('《', StringComparison.Ordinal))
        {
            tags.Add("speakers: report with a quoted title");
        }

        if (presider is { } p)
        {
            tags.Add(p.Clause.StartsWith("会议由", StringComparison.Ordinal) ? "speakers: 会议由…主持" : "speakers: …主持会议");
            if (presiderAtEnd)
            {
                tags.Add("speakers: presider named with the attendees");
            }
            else
            {
                people.Add(p);
            }
        }

        if (joined && people.Count > 1)
        {
            tags.Add("speakers: joined in one sentence");
        }

        var sentences = joined
            ? people.Count == 0 ? [] : [string.Join("，", people.Select(x => x.Clause)) + "。"]
            : people.Select(x => x.Clause + "。").ToList();
        var expected = people.Select(x => new ExpectedSpeaker(x.Name, x.Posts)).ToList();
        return presiderAtEnd && presider is { } q
            ? new Speakers(sentences, expected, q.Clause + "。", new ExpectedSpeaker(q.Name, q.Posts), tags)
            : new Speakers(sentences, expected, null, null, tags);
    }
}
