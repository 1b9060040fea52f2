using CsCheck;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>Where the format of the meeting is said: in the sentence that opens the report, in a sentence of its own in the opening, or with the attendees.</summary>
public enum FormatPlace
{
    None,
    MeetingSentence,
    OpeningSentence,
    Attendees,
}

/// <summary>Where the report lists who took part: a paragraph of its own, the end of the opening, or nowhere.</summary>
public enum AttendeesPlace
{
    Part,
    Opening,
    None,
}

/// <summary>The facts of the meeting an opening states: date, venue, format, and where each is said.</summary>
public sealed record MeetingFacts(
    MeetingDate Date,
    Venue? Venue,
    MeetingFormat? Format,
    FormatPlace FormatPlace,
    AttendeesPlace AttendeesPlace,
    bool YearInName,
    bool YearInTitle,
    string Verb)
{
    public static Gen<MeetingFacts> Any(Setting s) =>
        from yearInName in Chance.Percent(85)
        from yearInTitle in Chance.Percent(70)
        from date in MeetingDate.Any(s.Year, yearInName || yearInTitle)
        from hasVenue in Chance.Percent(85)
        from venue in Chance.Any(s.Locality.Venues)
        from hasFormat in Chance.Percent(70)
        from format in Chance.Weighted(MeetingFormats.Weighted)
        from attendees in Gen.Frequency((70, AttendeesPlace.Part), (15, AttendeesPlace.Opening), (15, AttendeesPlace.None))
        from formatPlace in Gen.Frequency((35, FormatPlace.MeetingSentence), (20, FormatPlace.OpeningSentence), (45, FormatPlace.Attendees))
        from verb in Gen.Frequency((85, "召开"), (15, "举行"))
        select new MeetingFacts(
            date,
            hasVenue ? venue : null,
            hasFormat ? format : null,
            !hasFormat ? FormatPlace.None : formatPlace == FormatPlace.Attendees && attendees != AttendeesPlace.Part ? FormatPlace.MeetingSentence : formatPlace,
            attendees,
            yearInName,
            yearInTitle,
            verb);
}
