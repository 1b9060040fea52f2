using System.Globalization;
using System.Text;
using Meeting.Model;

namespace Meeting.Tests.Parse.Support;

/// <summary>
/// A report's outline as a person writes it down after reading the report: the metadata, then each part with its
/// paragraphs (¶7-12), the first clause of its lead and closing, and its items (marker, heading, sentence count).
/// The expected outlines in Fixtures/valid are written by hand in this form; this class only prints the model so.
/// </summary>
public static class Outline
{
    private static readonly char[] ClauseEnds = ['，', '。', '；', '：'];

    public static string Of(MeetingReport report)
    {
        var text = new StringBuilder();
        text.Append("title: ").AppendLine(report.Title);
        text.Append("date: ").AppendLine(report.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)");
        text.Append("place: ").AppendLine(report.Place ?? "(none)");
        text.Append("format: ").AppendLine(report.Format ?? "(none)");
        text.Append("speaker: ").AppendLine(report.Speaker is { } s ? $"{s.Name} ({s.Role})" : "(none)");
        text.Append("slug: ").AppendLine(report.Slug);
        if (report.Publication.Publisher is not null)
        {
            text.Append("source: ").AppendLine(report.Publication.Publisher);
        }

        text.AppendLine();
        foreach (var section in report.Sections)
        {
            text.Append(section.Kind.ToString().ToLowerInvariant()).Append(' ').Append(section.Title)
                .Append(" ¶").AppendLine(Paragraphs(section.Paragraphs));
            if (section.Lead.Count > 0)
            {
                text.Append("  lead: ").AppendLine(FirstClause(section.Lead[0].Text));
            }

            foreach (var item in section.Items)
            {
                text.Append("  ").Append(item.Marker.Length > 0 ? item.Marker : "·").Append(' ').Append(item.Heading)
                    .Append(" (").Append(item.Sentences.Count).AppendLine(")");
            }

            if (section.Closing.Count > 0)
            {
                text.Append("  closing: ").AppendLine(FirstClause(section.Closing[0].Text));
            }

            if (section.Kind == SectionKind.Attendees)
            {
                foreach (var group in report.Attendees)
                {
                    text.Append("  ").Append(group.Role).Append(' ').AppendLine(group.Name);
                }
            }
        }

        return text.ToString().Replace("\r\n", "\n");
    }

    private static string Paragraphs(IReadOnlyList<int> numbers) =>
        numbers.Count == 1 ? $"{numbers[0]}" : $"{numbers[0]}-{numbers[^1]}";

    private static string FirstClause(string sentence)
    {
        var end = sentence.IndexOfAny(ClauseEnds);
        return end < 0 ? sentence : sentence[..end];
    }
}
