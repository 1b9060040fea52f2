using CsCheck;
using Meeting.Model;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// Writes the opening: the sentence that says when, where and how the meeting was held (in any of the orders
/// reports use), what it set out to do (with phrases such as 习近平总书记重要讲话精神 that name no speaker), who
/// spoke, and, in short reports, who took part. The speakers may stand in a paragraph of their own.
/// </summary>
public static class OpeningWriter
{
    private const string Party = "党的二十大精神";

    public static Gen<PartDraft> Any(Setting s, MeetingFacts facts, Speakers speakers, AttendeeList? attendees) =>
        from form in Gen.Frequency((55, "date first"), (10, "于"), (10, "date after the name"), (25, "department holds"))
        from purpose in Gen.Frequency((55, "guided"), (20, "relays"), (25, "none"))
        from emphasis in Chance.Percent(12)
        from speakersFirst in Chance.Percent(50)
        from speakersApart in Chance.Percent(speakers.Sentences.Count > 0 ? 10 : 0)
        select Make(s, facts, speakers, attendees, form, purpose, emphasis, speakersFirst, speakersApart);

    private static PartDraft Make(
        Setting s, MeetingFacts facts, Speakers speakers, AttendeeList? attendees, string form, string purpose, bool emphasis, bool speakersFirst, bool speakersApart)
    {
        var tags = new List<string> { $"opening: {form}", $"date: {facts.Date.Kind}" };
        var meeting = s.Meeting(facts.YearInName);
        var where = facts.Venue is { } v ? "在" + v.Written : "";
        tags.Add(facts.Venue is { } venue ? $"place: {venue.Kind}" : "place: none");
        var manner = facts.FormatPlace == FormatPlace.MeetingSentence ? facts.Format!.Manner : "";
        if (facts.Format is { } f)
        {
            tags.Add($"format: {f.Manner}");
            tags.Add($"format: said {facts.FormatPlace}");
        }
        else
        {
            tags.Add("format: none");
        }

        var date = facts.Date.Written;
        var holder = s.Level == Level.University ? (s.Locality.Name.Length % 2 == 0 ? "学校" : s.Locality.Name) : s.Department;
        var first = form switch
        {
            "于" when facts.Date.Start is not null => $"{meeting}于{date}{where}{manner}{facts.Verb}。",
            "date after the name" when facts.Date.Start is not null => $"{meeting}{date}{where}{manner}{facts.Verb}。",
            "department holds" => $"{date}，{holder}{where}{manner}{facts.Verb}{meeting}。",
            _ => $"{date}，{meeting}{where}{manner}{facts.Verb}。",
        };

        var aim = purpose switch
        {
            "guided" => s.Fill($"会议以习近平新时代中国特色社会主义思想为指导，全面贯彻{(s.Year >= 2023 ? Party : "党的十九大精神")}，"
                + $"深入学习贯彻习近平总书记关于{s.Sector.Topic}，总结{{last}}年{{scope}}{{sector}}工作，分析形势，部署{{year}}年重点任务。"),
            "relays" => s.Fill("会议深入学习贯彻习近平总书记重要讲话精神，传达学习"
                + (s.Level == Level.National ? "中央经济工作会议精神" : "上级有关会议精神") + "，安排部署{year}年工作。"),
            _ => "",
        };
        if (purpose == "relays")
        {
            tags.Add("opening: 习近平总书记重要讲话精神 (no speaker)");
        }

        var stress = emphasis ? s.Fill("会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动{scope}{sector}事业高质量发展。") : "";
        if (emphasis)
        {
            tags.Add("opening: 会议强调 inside the opening");
        }

        var format = facts.FormatPlace == FormatPlace.OpeningSentence ? $"会议{facts.Format!.Manner}{facts.Verb}。" : "";
        var who = string.Concat(speakers.Sentences);
        tags.AddRange(speakers.Tags);
        var people = attendees?.Text ?? "";
        if (attendees is not null)
        {
            tags.Add("attendees: listed in the opening");
            tags.AddRange(attendees.Tags);
        }

        if (speakersApart)
        {
            tags.Add("opening: speakers in a paragraph of their own");
            return new PartDraft(SectionKind.Opening, [first + format + aim + stress, who + people], [], tags);
        }

        var body = speakersFirst ? first + format + who + aim + stress : first + format + aim + stress + who;
        return new PartDraft(SectionKind.Opening, [body + people], [], tags);
    }
}
