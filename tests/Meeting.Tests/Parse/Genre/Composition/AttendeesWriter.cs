using CsCheck;
using Meeting.Model;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// Writes the paragraph on the format and the attendees: the format first (joined to the first list by ， as in
/// the 2024 report, or a sentence of its own), where the main and branch venues were (a place, not an attendee),
/// the attendee list, and sometimes who presided.
/// </summary>
public static class AttendeesWriter
{
    public static Gen<PartDraft> Any(Setting s, MeetingFacts facts, AttendeeList list, Speakers speakers) =>
        from joinFormat in Chance.Percent(50)
        from venueSentence in Chance.Percent(facts.Format is { Venues: true } ? 25 : 0)
        from presiderFirst in Chance.Percent(30)
        select Make(s, facts, list, speakers, joinFormat, venueSentence, presiderFirst);

    private static PartDraft Make(Setting s, MeetingFacts facts, AttendeeList list, Speakers speakers, bool joinFormat, bool venueSentence, bool presiderFirst)
    {
        var tags = new List<string>(list.Tags);
        var format = facts.FormatPlace == FormatPlace.Attendees ? facts.Format : null;
        var venues = venueSentence ? $"会议在{s.Department}设主会场，{BranchVenues(s.Level)}设分会场。" : "";
        if (venueSentence)
        {
            tags.Add("attendees: a sentence on main and branch venues");
        }

        string text;
        if (format is not null && joinFormat && !venueSentence)
        {
            text = $"会议{format.Manner}召开，" + list.Text;
            tags.Add("attendees: format joined to the list by ，");
        }
        else
        {
            text = (format is null ? "" : $"会议{format.Manner}{facts.Verb}。") + venues + list.Text;
        }

        if (speakers.Presider is { } presider)
        {
            text = presiderFirst ? presider + text : text + presider;
        }

        return new PartDraft(SectionKind.Attendees, [text], [], tags);
    }

    private static string BranchVenues(Level level) => level switch
    {
        Level.National => "各省（区、市）",
        Level.Province => "各设区市、县（市、区）",
        Level.City => "各区（县、市）",
        Level.County => "各乡镇（街道）",
        _ => "各校区",
    };
}
