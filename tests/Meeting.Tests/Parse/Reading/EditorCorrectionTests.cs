using Meeting.Diagnostics;
using Meeting.Model;
using Meeting.Parse;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Reading;

/// <summary>
/// What the parser is unsure of, it says at the paragraph's own line, with what it kept; an editor corrects any
/// reading in front matter without code.
/// </summary>
public sealed class EditorCorrectionTests
{
    // The second paragraph numbers points that could be tasks as well as requirements: its lead says neither.
    private const string Body = """
        2024年全省教育工作会议召开
        　　1月20日，2024年全省教育工作会议在南京召开。省教育厅厅长王强出席会议并讲话。
        　　会议强调，一是加强党的领导，压实工作责任。二是推进教育改革。
        　　各市教育局主要负责人参加会议。
        """;

    private static ParseResult Parse(string text, string path) => ReportParser.Parse(new SourceDocument(path, text.Replace("\r\n", "\n") + "\n"));

    [Fact]
    public void An_uncertain_part_is_a_warning_at_its_own_line_that_says_what_was_kept()
    {
        var result = Parse(Body, "r.txt");
        var warning = Assert.Single(result.Warnings, w => w.Message.StartsWith("paragraph 2 was read as", StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, 3, 3), (warning.Severity, warning.Line, warning.Column));
        var kept = result.Report.Sections.Single(s => s.Paragraphs.Contains(2)).Kind.ToString().ToLowerInvariant();
        Assert.EndsWith($"kept as {kept}", warning.Message);
        Assert.Contains("paragraph-2:", warning.Hint);
    }

    [Fact]
    public void The_front_matter_sets_a_paragraphs_kind_the_speakers_and_the_format()
    {
        var front = "---\nparagraph-2: requirements\nspeaker: 李明（副省长）；王强（省教育厅厅长）\nformat: 现场会议\n---\n";
        var result = Parse(front + Body, "r.md");
        Assert.Equal(SectionKind.Requirements, result.Report.Sections.Single(s => s.Paragraphs.Contains(2)).Kind);
        Assert.Equal([("李明", "副省长"), ("王强", "省教育厅厅长")], result.Report.Speakers.Select(s => (s.Name, s.Role)));
        Assert.Equal("现场会议", result.Report.Format);
        Assert.DoesNotContain(result.Warnings, w => w.Message.StartsWith("paragraph 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("paragraph-2: plans", 2, 14, "`plans` is not a kind of part")]
    [InlineData("paragraph-9: tasks", 2, 14, "the report has no paragraph 9")]
    public void A_wrong_correction_says_where_and_what(string line, int atLine, int atColumn, string message)
    {
        var error = Assert.Throws<MeetingException>(() => Parse("---\n" + line + "\n---\n" + Body, "r.md"));
        ErrorAssert.Reported(error, ExitCodes.ContentError, "r.md", atLine, atColumn, message);
    }

    [Fact]
    public void Explain_prints_every_paragraphs_evidence_and_the_decision()
    {
        var dir = Directory.CreateTempSubdirectory("meeting-explain-");
        try
        {
            var path = Path.Combine(dir.FullName, "r.txt");
            File.WriteAllText(path, Body);
            var result = CliRun.Meeting("parse", "--explain", path);
            Assert.Equal(ExitCodes.Success, result.ExitCode);
            foreach (var paragraph in new[] { "¶1 (line 2)", "¶2 (line 3)", "¶3 (line 4)" })
            {
                Assert.Contains(paragraph, result.Stdout);
            }

            Assert.Contains("→ opening", result.Stdout);
            Assert.Contains("→ attendees", result.Stdout);
            Assert.Contains("read as opening", result.Stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
