using CsCheck;
using Meeting.Model;
using Meeting.Parse;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Properties;

/// <summary>
/// Reports of the genre with random counts and random layout: the parser finds the parts and items that were
/// written, with their headings, and the model rebuilds the text exactly.
/// </summary>
public sealed class GeneratedReportProperties
{
    [Fact]
    public void Counts_and_headings_are_read_from_the_text_in_any_layout()
    {
        GenreReport.Any.Sample(generated =>
        {
            var report = ReportParser.Parse(new SourceDocument("generated.txt", generated.Text())).Report;

            SectionKind[] kinds = generated.Attributes is null
                ? [SectionKind.Opening, SectionKind.Review, SectionKind.Tasks, SectionKind.Requirements, SectionKind.Attendees]
                : [SectionKind.Opening, SectionKind.Review, SectionKind.Attributes, SectionKind.Tasks, SectionKind.Requirements, SectionKind.Attendees];
            Assert.Equal(kinds, report.Sections.Select(s => s.Kind));

            Assert.Equal(generated.Achievements, report.Find(SectionKind.Review)!.Items.Select(i => i.Heading));
            if (generated.Attributes is not null)
            {
                Assert.Equal(generated.Attributes, report.Find(SectionKind.Attributes)!.Items.Select(i => i.Heading));
            }

            Assert.Equal(generated.Tasks, report.Find(SectionKind.Tasks)!.Items.Select(i => i.Heading));
            Assert.Equal(generated.Requirements, report.Find(SectionKind.Requirements)!.Items.Select(i => i.Heading));
            Assert.StartsWith("会议强调", Assert.Single(report.Find(SectionKind.Requirements)!.Closing).Text);
            Assert.Equal(new DateOnly(2024, 1, 11), report.Date);
            VerbatimAssert.Holds(report);
        }, iter: 200, print: g => g.Text());
    }
}
