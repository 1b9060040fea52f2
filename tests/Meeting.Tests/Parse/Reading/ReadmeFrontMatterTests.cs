using Meeting.Model;
using Meeting.Parse;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Reading;

/// <summary>The README's front matter example works as it reads, comments and all, on the 2024 report.</summary>
public sealed class ReadmeFrontMatterTests
{
    [Fact]
    public void The_readmes_front_matter_example_sets_what_it_says()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("```markdown\n", StringComparison.Ordinal) + "```markdown\n".Length;
        var example = string.Join("\n", readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]
            .Split('\n').Select(l => l.StartsWith("  ", StringComparison.Ordinal) ? l[2..] : l));
        var front = example[..(example.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)];
        var text = front + File.ReadAllText(RepositoryFiles.Report2024);

        var report = ReportParser.Parse(new SourceDocument("example.md", text)).Report;

        Assert.Equal((new DateOnly(2024, 1, 11), new DateOnly(2024, 1, 12)), (report.Date, report.EndDate));
        Assert.Equal(["怀进鹏", "王明"], report.Speakers.Select(s => s.Name));
        Assert.Equal("教育部", report.Organizer);
        Assert.Equal("2024-national-education", report.Slug);
        Assert.Equal(("教育部", new DateOnly(2024, 1, 11)), (report.Publication.Publisher, report.Publication.Published));
        Assert.Equal(SectionKind.Tasks, report.Sections.Single(s => s.Paragraphs.Contains(4)).Kind);
    }
}
