using System.Globalization;
using System.Text;
using Meeting.Model;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// A generated report's outline written the way an editor writes it (Fixtures/genre/README.md), in exactly the
/// form <see cref="Support.GenreOutline"/> prints a parsed report, so the two compare as text.
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
    {
        var text = new StringBuilder();
        text.Append("title: ").AppendLine(title);
        text.Append("date: ").AppendLine(Day(date.Start));
        text.Append("end-date: ").AppendLine(Day(date.End));
        text.Append("place: ").AppendLine(place ?? "(none)");
        text.Append("format: ").AppendLine(format ?? "(none)");
        if (speakers.Count == 0)
        {
            text.AppendLine("speaker: (none)");
        }

        foreach (var speaker in speakers)
        {
            text.Append("speaker: ").Append(speaker.Name).Append(" | ").AppendLine(speaker.Posts);
        }

        text.AppendLine();
        foreach (var (part, first) in parts)
        {
            var last = first + part.Paragraphs.Count - 1;
            text.Append(part.Kind.ToString().ToLowerInvariant()).Append(" ¶").Append(first);
            if (last != first)
            {
                text.Append('-').Append(last);
            }

            if (part.Items.Count > 0)
            {
                text.Append(" (").Append(part.Items.Count).Append(')');
            }

            text.AppendLine();
            foreach (var item in part.Items)
            {
                text.Append("  ").Append(item.Marker.Length > 0 ? item.Marker : "·").Append(' ').AppendLine(item.Heading);
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
            foreach (var group in attendees)
            {
                text.Append("  ").Append(group.Verb).Append(' ').AppendLine(group.Name);
            }
        }

        return text.ToString();
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)";
}
