using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Says where the reading of the parts is unsure, at the paragraph's own line and column, with what was kept
/// and how an editor fixes it in front matter. Also what a report of this genre usually has and this one lacks.
/// </summary>
internal static class PartWarnings
{
    private static readonly SectionKind[] Expected = [SectionKind.Opening, SectionKind.Tasks];

    public static IEnumerable<Diagnostic> Of(string path, IReadOnlyList<PartReading> readings, MeetingReport report)
    {
        foreach (var reading in readings.Where(r => r.IsUncertain))
        {
            var kind = Name(reading.Chosen);
            var other = Name(reading.RunnerUp.Kind);
            yield return Diagnostic.Warning(path, reading.Line, reading.Column,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"paragraph {reading.ParagraphLabel} was read as {kind} (evidence {reading.Score:0.0}), but could be {other} (the whole reading would score {reading.RunnerUp.Loss:0.0} less); kept as {kind}"),
                $"`meeting parse --explain` shows why; to set it, put the report in a .md file with `paragraph-{reading.Paragraphs[0]}: {other}` (or another kind) in its front matter");
        }

        foreach (var kind in Expected.Where(k => report.Find(k) is null))
        {
            yield return Diagnostic.Warning(path, readings.Count > 0 ? readings[0].Line : 1, 1,
                $"no {Name(kind)} part was recognised",
                $"check the report's text; `meeting parse --explain` shows how each paragraph was read, and `paragraph-N: {Name(kind)}` in front matter sets one");
        }
    }

    private static string Name(SectionKind kind) => kind.ToString().ToLowerInvariant();
}
