using Meeting.Tests.Parse.Support;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// A generated report's outline written the way an editor writes it (Fixtures/genre/README.md), in exactly the
/// form <see cref="GenreOutline"/> prints a parsed report (by the same printer), so the two compare as text.
/// </summary>
public static class ExpectedOutline
{
    public static string Print(
        string title,
        MeetingDate date,
        string? place,
        string? format,
        IReadOnlyList<ExpectedSpeaker> speakers,
        IReadOnlyList<(PartDraft Part, int First)> parts,
        IReadOnlyList<ExpectedAttendee> attendees)
        => GenreOutline.Print(
            title,
            date.Start,
            date.End,
            place,
            format,
            speakers.Select(s => (s.Name, s.Posts)).ToList(),
            parts.Select(p => new GenreOutline.Part(p.Part.Kind, p.First, p.First + p.Part.Paragraphs.Count - 1, p.Part.Items.Select(i => (i.Marker, i.Heading)).ToList())).ToList(),
            attendees.Select(a => (a.Verb, a.Name)).ToList());
}
