using System.Globalization;
using System.Text;
using Meeting.Model;

namespace Meeting.Tests.Parse.Support;

/// <summary>
/// A report's outline in the form of the genre corpus (Fixtures/genre/README.md): the metadata an editor checks,
/// each part with its paragraphs, item count, markers and headings, and the attendee groups with their roles.
/// The outlines in Fixtures/genre are written by hand in this form; this class only prints the model so.
/// </summary>
public static class GenreOutline
{
    public static string Of(MeetingReport report) =>
        Print(
            report.Title,
            report.Date,
            report.EndDate,
            report.Place,
            report.Format,
            report.Speakers.Select(s => (s.Name, s.Role)).ToList(),
            report.Sections.Select(s => new Part(s.Kind, s.Paragraphs[0], s.Paragraphs[^1], s.Items.Select(i => (i.Marker, i.Heading)).ToList())).ToList(),
            report.Attendees.Select(a => (a.Role, a.Name)).ToList());

    /// <summary>A part as the outline shows it: its kind, its first and last paragraph, and its items' markers and headings.</summary>
    public sealed record Part(SectionKind Kind, int First, int Last, IReadOnlyList<(string Marker, string Heading)> Items);

    /// <summary>
    /// The outline's text. The one printer for the parser's reading and for the generator's expected outline
    /// (<see cref="Genre.Composition.ExpectedOutline"/>), so the two can only differ in what they say.
    /// </summary>
    public static string Print(
        string title,
        DateOnly? date,
        DateOnly? endDate,
        string? place,
        string? format,
        IReadOnlyList<(string Name, string Posts)> speakers,
        IReadOnlyList<Part> parts,
        IReadOnlyList<(string Role, string Name)> attendees)
    {
        var text = new StringBuilder();
        text.Append("title: ").AppendLine(title);
        text.Append("date: ").AppendLine(Day(date));
        text.Append("end-date: ").AppendLine(Day(endDate));
        text.Append("place: ").AppendLine(place ?? "(none)");
        text.Append("format: ").AppendLine(format ?? "(none)");
        if (speakers.Count == 0)
        {
            text.AppendLine("speaker: (none)");
        }

        foreach (var (name, posts) in speakers)
        {
            text.Append("speaker: ").Append(name).Append(" | ").AppendLine(posts);
        }

        text.AppendLine();
        foreach (var part in parts)
        {
            text.Append(part.Kind.ToString().ToLowerInvariant()).Append(" ¶").Append(part.First);
            if (part.Last != part.First)
            {
                text.Append('-').Append(part.Last);
            }

            if (part.Items.Count > 0)
            {
                text.Append(" (").Append(part.Items.Count).Append(')');
            }

            text.AppendLine();
            foreach (var (marker, heading) in part.Items)
            {
                text.Append("  ").Append(marker.Length > 0 ? marker : "·").Append(' ').AppendLine(heading);
            }
        }

        text.AppendLine();
        if (attendees.Count == 0)
        {
            text.AppendLine("attendees: (none)");
        }
        else
        {
            text.AppendLine("attendees:");
            foreach (var (role, name) in attendees)
            {
                text.Append("  ").Append(role).Append(' ').AppendLine(name);
            }
        }

        return text.ToString();
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)";
}
