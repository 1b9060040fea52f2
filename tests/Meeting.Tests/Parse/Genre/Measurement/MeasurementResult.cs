using System.Globalization;
using System.Text;

namespace Meeting.Tests.Parse.Genre.Measurement;

/// <summary>
/// The readings of one measurement and what they add up to: shares overall and per field, the variations whose
/// reports are misread most often, and a few misread examples with the diff of their outlines.
/// </summary>
public sealed record MeasurementResult(ulong Seed, IReadOnlyList<Reading> Readings)
{
    public double ExactShare => Share(Readings.Count(r => r.Exact));

    public double FieldShare(string field) => Share(Readings.Count(r => !r.WrongFields.Contains(field)));

    private double Share(int right) => Readings.Count == 0 ? 0 : (double)right / Readings.Count;

    /// <summary>For each field, the variations (at least <paramref name="atLeast"/> reports) whose reports get it wrong most often.</summary>
    public IEnumerable<(string Field, string Tag, int Wrong, int Total)> WorstVariations(int atLeast, int perField)
    {
        var tags = Readings.SelectMany(r => r.Report.Tags).Distinct().ToList();
        foreach (var field in OutlineFields.Names)
        {
            var worst = tags
                .Select(t => (Tag: t, With: Readings.Where(r => r.Report.Tags.Contains(t)).ToList()))
                .Where(x => x.With.Count >= atLeast)
                .Select(x => (x.Tag, Wrong: x.With.Count(r => r.WrongFields.Contains(field)), Total: x.With.Count))
                .Where(x => x.Wrong > 0)
                .OrderByDescending(x => (double)x.Wrong / x.Total).ThenBy(x => x.Tag, StringComparer.Ordinal)
                .Take(perField);
            foreach (var (tag, wrong, total) in worst)
            {
                yield return (field, tag, wrong, total);
            }
        }
    }

    public string Describe(int examples = 3)
    {
        var text = new StringBuilder();
        var n = Readings.Count;
        text.AppendLine(CultureInfo.InvariantCulture, $"{n} generated reports (seed {Seed}): read exactly {Percent(ExactShare)} ({Readings.Count(r => r.Exact)}/{n})");
        foreach (var field in OutlineFields.Names)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {field,-16} right {Percent(FieldShare(field))}");
        }

        var exceptions = Readings.Count(r => r.Actual.StartsWith("exception:", StringComparison.Ordinal));
        text.AppendLine(CultureInfo.InvariantCulture, $"  parse exceptions: {exceptions}");
        text.AppendLine();
        text.AppendLine("Parts misread (expected kind → kind read: paragraphs, in reports):");
        foreach (var (expected, read, paragraphs, reports) in PartConfusion.Count(Readings).Take(12))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {expected} → {read}: {paragraphs} paragraphs in {reports} reports");
        }

        text.AppendLine();
        text.AppendLine("Variations whose reports are misread most often, per field (wrong/reports with it):");
        foreach (var group in WorstVariations(atLeast: 15, perField: 6).GroupBy(x => x.Field))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key}:");
            foreach (var (_, tag, wrong, total) in group)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {Percent((double)wrong / total),5} {tag} ({wrong}/{total})");
            }
        }

        foreach (var reading in Readings.Where(r => !r.Exact).Take(examples))
        {
            text.AppendLine();
            text.AppendLine("--- misread: " + string.Join(", ", reading.WrongFields));
            text.AppendLine(reading.Report.Text.ReplaceLineEndings("\n").TrimEnd('\n'));
            text.AppendLine("--- outline diff (- expected, + read):");
            text.Append(OutlineDiff.Of(reading.Report.Outline, reading.Actual));
        }

        return text.ToString();
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
