using CsCheck;
using Meeting.Model;
using Meeting.Parse;
using Meeting.Tests.Parse.Genre.Composition;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Properties;

/// <summary>
/// What holds for every report of the genre, however well it is read: the parser answers without an exception,
/// the model rebuilds the text exactly, and no kind of part but other occurs twice.
/// </summary>
public sealed class GeneratedGenreInvariantsTests
{
    [Fact]
    public void Every_generated_report_parses_verbatim_with_each_kind_at_most_once()
    {
        GenreReports.Any.Sample(generated =>
        {
            var report = ReportParser.Parse(new SourceDocument("generated.txt", generated.Text)).Report;

            VerbatimAssert.Holds(report);
            var repeated = report.Sections.Where(s => s.Kind != SectionKind.Other).GroupBy(s => s.Kind).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, "kinds read more than once: " + string.Join(", ", repeated));
        }, iter: 300, print: g => g.ToString());
    }
}
