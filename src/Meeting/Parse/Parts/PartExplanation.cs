using System.Globalization;
using System.Text;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The parser's reasons, for an editor: for each paragraph (or run of paragraphs read as one part), every kind's
/// score with the cues behind it, and the kind chosen for the whole report. What <c>meeting parse --explain</c> prints.
/// </summary>
public static class PartExplanation
{
    public static string Format(ParseResult result)
    {
        var text = new StringBuilder();
        var report = result.Report;
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.Source.Path}: {report.Title}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  date {Day(report.Date)}{(report.EndDate is { } end ? " to " + Day(end) : "")} · place {report.Place ?? "(none)"} · format {report.Format ?? "(none)"} · speakers {Speakers(report)}");
        foreach (var reading in result.Readings)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"¶{reading.ParagraphLabel} (line {reading.Line}) {reading.Excerpt}");
            foreach (var evidence in reading.Evidence.OrderByDescending(e => e.Score).ThenBy(e => e.Kind))
            {
                var mark = evidence.Kind == reading.Chosen ? "→" : " ";
                text.AppendLine(CultureInfo.InvariantCulture, $"  {mark} {Name(evidence.Kind),-13}{evidence.Score,6:0.0}  {Cues(evidence)}");
            }

            var why = reading.ChosenByEditor ? "set in front matter"
                : reading.Chosen == reading.Evidence.MaxBy(e => e.Score)!.Kind ? "the strongest evidence"
                : "the most consistent reading of the whole report (each kind once, in the usual order where the evidence allows)";
            var section = report.Sections.First(s => s.Paragraphs.Contains(reading.Paragraphs[0]));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  read as {Name(reading.Chosen)}{(section.Items.Count > 0 ? $" with {section.Items.Count} items" : "")}: {why}{(reading.IsUncertain ? " (unsure: see the warning)" : "")}");
            if (!reading.ChosenByEditor && reading.Alternatives.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  read otherwise, the whole report would score less: {string.Join(", ", reading.Alternatives.Take(3).Select(a => string.Create(CultureInfo.InvariantCulture, $"as {Name(a.Kind)} by {a.Loss:0.0}")))}");
            }
        }

        if (report.Attendees.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("attendees:");
            foreach (var group in report.Attendees)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {group.Role} {group.Name}");
            }
        }

        return text.ToString();
    }

    private static string Cues(PartEvidence evidence) =>
        string.Join("; ", evidence.Cues.Select(c => string.Create(CultureInfo.InvariantCulture, $"{(c.Weight > 0 ? "+" : "")}{c.Weight:0.0} {c.Reason}")));

    private static string Speakers(MeetingReport report) =>
        report.Speakers.Count == 0 ? "(none)" : string.Join("、", report.Speakers.Select(s => $"{s.Name}（{s.Role}，{s.Act}）"));

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)";

    private static string Name(SectionKind kind) => kind.ToString().ToLowerInvariant();
}
