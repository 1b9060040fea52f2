using System.Text.RegularExpressions;

namespace Meeting.Tests.Parse.Genre.Measurement;

/// <summary>
/// Which kind each paragraph was given, against the kind the editor gave it: the misreadings of parts counted by
/// paragraph (tasks read as other, requirements read as attributes, …), so that a reader sees what is confused
/// with what rather than only that a report is wrong.
/// </summary>
public static partial class PartConfusion
{
    public static IReadOnlyDictionary<int, string> KindsByParagraph(string outline)
    {
        var kinds = new Dictionary<int, string>();
        foreach (Match m in PartLine().Matches(outline.ReplaceLineEndings("\n")))
        {
            var first = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var last = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
            for (var p = first; p <= last; p++)
            {
                kinds[p] = m.Groups[1].Value;
            }
        }

        return kinds;
    }

    /// <summary>(expected kind, read kind) → how many paragraphs and in how many reports, mismatches only.</summary>
    public static IEnumerable<(string Expected, string Read, int Paragraphs, int Reports)> Count(IEnumerable<Reading> readings)
    {
        var pairs = readings.SelectMany((r, i) =>
        {
            var expected = KindsByParagraph(r.Report.Outline);
            var read = KindsByParagraph(r.Actual);
            return expected.Select(e => (Expected: e.Value, Read: read.GetValueOrDefault(e.Key, "(none)"), Report: i)).Where(x => x.Expected != x.Read);
        });
        return pairs
            .GroupBy(x => (x.Expected, x.Read))
            .Select(g => (g.Key.Expected, g.Key.Read, Paragraphs: g.Count(), Reports: g.Select(x => x.Report).Distinct().Count()))
            .OrderByDescending(x => x.Reports).ThenBy(x => x.Expected, StringComparer.Ordinal).ThenBy(x => x.Read, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^([a-z]+) ¶(\d+)(?:-(\d+))?", RegexOptions.Multiline)]
    private static partial Regex PartLine();
}
