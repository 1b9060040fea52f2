using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>
/// The same report laid out as editors save it (indentation of U+3000, spaces, tabs or none; blank lines or not;
/// LF or CRLF; items inline or one per paragraph) reads as the same parts and items.
/// </summary>
public sealed class LayoutTests
{
    private static readonly string[] Paragraphs =
    [
        "1月5日，全省教育工作会议在南京召开。",
        "会议指出，要抓好以下重点任务。一要加强党的领导。落实责任制。二要深化改革。完善制度。三要提升质量。",
        "会议要求，要狠抓落实。一是提高站位。二是压实责任。",
        "各市教育局负责人参加会议。",
    ];

    public static TheoryData<string, string, string> Layouts() => new()
    {
        { "", "\n", "" },
        { "\u3000\u3000", "\n", "" },
        { "    ", "\n", "" },
        { "\t", "\n", "" },
        { "\u3000\u3000", "\r\n", "" },
        { "", "\r\n", "\r\n" },
        { " \u3000\u3000", "\n", "\n\n" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_gives_the_same_outline(string indent, string lineEnd, string between)
    {
        var text = "全省教育工作会议召开" + lineEnd + between
            + string.Join(lineEnd + between, Paragraphs.Select(p => indent + p)) + lineEnd;
        var report = Reports.Parse(text);

        Assert.Equal([SectionKind.Opening, SectionKind.Tasks, SectionKind.Requirements, SectionKind.Attendees], report.Sections.Select(s => s.Kind));
        Assert.Equal(["加强党的领导", "深化改革", "提升质量"], report.Find(SectionKind.Tasks)!.Items.Select(i => i.Heading));
        Assert.Equal("全省教育工作会议召开", report.Title);
        Assert.All(report.Sentences, s => Assert.DoesNotContain('\r', s.Text));
        VerbatimAssert.Holds(report);
    }

    [Fact]
    public void Items_one_per_paragraph_join_their_lead_and_keep_the_paragraph_between_them()
    {
        var report = Reports.Parse(Reports.Lines(
            "标题",
            "1月5日，全省教育工作会议在南京召开。",
            "会议指出，今年要抓好以下工作：",
            "一要加强党的领导。",
            "各地要落实责任制。",
            "二要深化改革。",
            "三要提升质量。",
            "各市教育局负责人参加会议。"));

        var tasks = report.Find(SectionKind.Tasks)!;
        Assert.Equal([2, 3, 4, 5, 6], tasks.Paragraphs);
        Assert.Equal("会议指出，今年要抓好以下工作：", Assert.Single(tasks.Lead).Text);
        Assert.Equal(["一要加强党的领导。各地要落实责任制。", "二要深化改革。", "三要提升质量。"], tasks.Items.Select(i => i.Text));
        Assert.Equal(SectionKind.Attendees, report.Sections[^1].Kind);
    }

    [Fact]
    public void The_title_of_a_markdown_report_is_its_heading_without_hashes()
    {
        var report = Reports.Parse(Reports.Lines("# 全省教育工作会议召开", "", "1月5日，全省教育工作会议在南京召开。"), "report.md");
        Assert.Equal("全省教育工作会议召开", report.Title);
        VerbatimAssert.Holds(report);
    }
}
