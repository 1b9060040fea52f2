using CsCheck;
using Meeting.Model;
using Meeting.Parse;
using Meeting.Tests.Parse.Genre.Composition;
using Meeting.Tests.Parse.Support;

namespace Meeting.Tests.Parse.Genre.Measurement;

/// <summary>
/// Generates reports of the genre from a seed, has the parser read each, and compares its outline with the
/// editor's: the share read exactly, the share right per field, and the readings themselves for examples and
/// a breakdown by variation.
/// </summary>
public static class GenreMeasurement
{
    public static IReadOnlyList<GeneratedReport> Generate(int count, ulong seed)
    {
        var random = new PCG(1, seed);
        return Enumerable.Range(0, count).Select(_ => GenreReports.Any.Generate(random, null!, out Size _)).ToList();
    }

    public static MeasurementResult Measure(int count, ulong seed) =>
        new(seed, Generate(count, seed).Select(Read).ToList());

    public static Reading Read(GeneratedReport report)
    {
        string actual;
        try
        {
            actual = GenreOutline.Of(ReportParser.Parse(new SourceDocument("generated.txt", report.Text)).Report);
        }
        catch (Exception e)
        {
            actual = $"exception: {e.GetType().Name}: {e.Message}";
        }

        var expected = OutlineFields.Of(report.Outline).Values;
        var read = OutlineFields.Of(actual).Values;
        var wrong = OutlineFields.Names.Where((_, i) => expected[i] != read[i]).ToList();
        return new Reading(report, actual, actual == report.Outline, wrong);
    }
}
