using System.Globalization;
using System.Text;
using Meeting.Load;
using Meeting.Parse;
using Meeting.Tests.Parse.Support;
using Xunit;
using Xunit.Abstractions;

namespace Meeting.Tests.Parse.Genre;

/// <summary>
/// Reports of the genre as they are published, at every level and in other sectors, each beside the outline an
/// editor wrote down after reading it (Fixtures/genre). The parser must read each one as the editor did.
/// </summary>
public sealed class GenreCorpusTests(ITestOutputHelper output)
{
    /// <summary>Set to a folder of reports and outlines to score the parser on reports it was not built with.</summary>
    public const string CorpusVariable = "MEETING_GENRE_CORPUS";

    public static TheoryData<string> Reports() => new(Names(RepositoryFiles.Fixture("genre")));

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_outline_is_the_one_the_editor_wrote(string name)
    {
        var (expected, actual) = Read(RepositoryFiles.Fixture("genre"), name);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_corpus_spans_the_genre()
    {
        Assert.True(Names(RepositoryFiles.Fixture("genre")).Count() >= 40, "the genre corpus holds at least 40 reports");
    }

    /// <summary>
    /// Each field of every outline, scored: the share of reports whose date, place, format, speakers, kinds of
    /// parts, item counts and attendee roles are read as the editor wrote them. Printed as a table; with
    /// MEETING_GENRE_CORPUS set, over that folder instead.
    /// </summary>
    [Fact]
    public void Every_field_is_read_right_in_at_least_nine_of_ten_reports()
    {
        var folder = Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } other ? other : RepositoryFiles.Fixture("genre");
        var names = Names(folder).ToList();
        var right = new int[OutlineFields.Names.Count];
        var exact = 0;
        var misreadings = new StringBuilder();
        foreach (var name in names)
        {
            var (expected, actual) = Read(folder, name);
            exact += expected == actual ? 1 : 0;
            var (want, got) = (OutlineFields.Of(expected), OutlineFields.Of(actual));
            for (var f = 0; f < right.Length; f++)
            {
                if (want.Values[f] == got.Values[f])
                {
                    right[f]++;
                }
                else
                {
                    misreadings.AppendLine(CultureInfo.InvariantCulture, $"{name} {OutlineFields.Names[f]}:\n  expected {want.Values[f]}\n  actual   {got.Values[f]}");
                }
            }
        }

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{names.Count} reports in {folder}; read exactly: {exact}");
        for (var f = 0; f < right.Length; f++)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"  {OutlineFields.Names[f],-15} {right[f],3} / {names.Count}  {100.0 * right[f] / Math.Max(1, names.Count),5:0.0} %");
        }

        output.WriteLine(table.ToString());
        output.WriteLine(misreadings.ToString());
        var judged = new[] { "date", "place", "format", "speakers", "kinds", "item counts", "attendee roles" };
        foreach (var field in judged)
        {
            var share = (double)right[OutlineFields.Names.ToList().IndexOf(field)] / Math.Max(1, names.Count);
            Assert.True(share >= 0.9, $"{field} is read right in {share:P0} of the reports\n{table}");
        }
    }

    private static (string Expected, string Actual) Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        var expected = File.ReadAllText(Path.ChangeExtension(path, null) + ".outline.txt").Replace("\r\n", "\n").TrimEnd() + "\n";
        var report = ReportParser.Parse(ReportFileReader.Read(path)).Report;
        return (expected, GenreOutline.Of(report).TrimEnd() + "\n");
    }

    private static IEnumerable<string> Names(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(f => !f.EndsWith(".outline.txt", StringComparison.Ordinal) && f != "README.md")
                .Order(StringComparer.Ordinal)
            : [];
}
