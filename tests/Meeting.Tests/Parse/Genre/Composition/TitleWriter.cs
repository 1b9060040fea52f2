using CsCheck;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>The title line as news sites write it: the meeting held, the body that held it, where, or a headline before it.</summary>
public static class TitleWriter
{
    public static Gen<string> Any(Setting s, MeetingFacts facts)
    {
        var meeting = s.Meeting(facts.YearInTitle);
        if (s.Level == Level.University)
        {
            var held = s.Meeting(facts.YearInTitle).Replace("学校", "", StringComparison.Ordinal);
            return Gen.OneOf($"{s.Locality.Name}召开{held}", $"{s.Locality.Name}{held}召开", $"学校召开{held}");
        }

        var shortPlace = facts.Venue is { Kind: "city" or "abbreviation" } v ? v.Written : null;
        return Gen.Frequency(
            (40, Gen.Const($"{meeting}召开")),
            (shortPlace is null ? 0 : 15, Gen.Const($"{meeting}在{shortPlace}召开")),
            (15, Gen.Const($"{s.Department}召开{meeting}")),
            (s.Level == Level.National ? 0 : 10, Gen.Const($"{s.Locality.Name}召开{meeting}")),
            (10, Gen.Const($"{meeting}部署{s.Year}年重点工作")),
            (10, Gen.Const(s.Fill("奋力推进{sector}事业高质量发展 ") + $"{meeting}召开")));
    }
}
