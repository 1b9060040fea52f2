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
    public static string Of(MeetingReport report)
    {
        var text = new StringBuilder();
        text.Append("title: ").AppendLine(report.Title);
        text.Append("date: ").AppendLine(Day(report.Date));
        text.Append("end-date: ").AppendLine(Day(report.EndDate));
        text.Append("place: ").AppendLine(report.Place ?? "(none)");
        text.Append("format: ").AppendLine(report.Format ?? "(none)");
        if (report.Speakers.Count == 0)
        {
            text.AppendLine("speaker: (none)");
        }

        foreach (var speaker in report.Speakers)
        {
            text.Append("speaker: ").Append(speaker.Name).Append(" | ").AppendLine(speaker.Role);
        }

        text.AppendLine();
        foreach (var section in report.Sections)
        {
            text.Append(section.Kind.ToString().ToLowerInvariant()).Append(" ¶").Append(Paragraphs(section.Paragraphs));
            if (section.Items.Count > 0)
            {
                text.Append(" (").Append(section.Items.Count).Append(')');
            }

            text.AppendLine();
            foreach (var item in section.Items)
            {
                text.Append("  ").Append(item.Marker.Length > 0 ? item.Marker : "·").Append(' ').AppendLine(item.Heading);
            }
        }

        text.AppendLine();
        if (report.Attendees.Count == 0)
        {
            text.AppendLine("attendees: (none)");
        }
        else
        {
            text.AppendLine("attendees:");
            foreach (var group in report.Attendees)
            {
                text.Append("  ").Append(group.Role).Append(' ').AppendLine(group.Name);
            }
        }

        return text.ToString();
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)";

    private static string Paragraphs(IReadOnlyList<int> numbers) =>
        numbers.Count == 1 ? $"{numbers[0]}" : $"{numbers[0]}-{numbers[^1]}";
}
