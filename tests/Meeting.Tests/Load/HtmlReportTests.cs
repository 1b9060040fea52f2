using Meeting.Diagnostics;
using Meeting.Load;
using Meeting.Model;
using Meeting.Parse;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Load;

/// <summary>
/// Reports as they are published online: an article page saved from a news site (.html) is read as the report
/// its article holds, without the page's navigation, scripts and furniture, with what the page says of its
/// publication. Bad or unrecognisable pages get the same clear errors as any bad report.
/// </summary>
public sealed class HtmlReportTests
{
    private static ParseResult Parse(string name) => ReportParser.Parse(ReportFileReader.Read(RepositoryFiles.Fixture("html", name)));

    [Fact]
    public void A_ministry_page_reads_as_the_report_published_as_text()
    {
        var page = Parse("moe-2024.html").Report;
        var text = Report2024.Model;
        Assert.Equal(text.Title, page.Title);
        Assert.Equal(text.Sentences.Select(s => s.Text), page.Sentences.Select(s => s.Text));
        Assert.Equal(text.Sections.Select(s => (s.Kind, s.Items.Count)), page.Sections.Select(s => (s.Kind, s.Items.Count)));
        Assert.Equal(text.Attendees.Select(a => (a.Name, a.Role)), page.Attendees.Select(a => (a.Name, a.Role)));
        Assert.Equal((text.Date, text.Place, text.Format, text.Speaker), (page.Date, page.Place, page.Format, page.Speaker));
    }

    [Fact]
    public void The_page_says_who_published_it_where_and_when()
    {
        var publication = Parse("moe-2024.html").Report.Publication;
        Assert.Equal("教育部", publication.Publisher);
        Assert.Equal("http://www.moe.gov.cn/jyb_xwfb/gzdt_gzdt/moe_1485/202401/t20240111_1099814.html", publication.Url);
        Assert.Equal(new DateOnly(2024, 1, 11), publication.Published);
    }

    [Fact]
    public void Navigation_scripts_and_page_furniture_are_not_the_report()
    {
        var all = string.Concat(Parse("moe-2024.html").Report.Sentences.Select(s => s.Text));
        foreach (var furniture in new[] { "首页", "统计代码", "打印", "责任编辑", "相关新闻", "版权所有", "当前位置", "发布时间" })
        {
            Assert.DoesNotContain(furniture, all);
        }
    }

    [Fact]
    public void A_newspaper_page_in_GBK_with_br_paragraphs_is_read()
    {
        var report = Parse("city-daily-gbk.html").Report;
        Assert.Equal("2023年全市教育工作会议召开", report.Title);
        Assert.Equal(new DateOnly(2023, 2, 8), report.Date);
        Assert.Equal([SectionKind.Opening, SectionKind.Review, SectionKind.Tasks, SectionKind.Attendees], report.Sections.Select(s => s.Kind));
        Assert.Equal(4, report.Find(SectionKind.Tasks)!.Items.Count);
        Assert.Equal("某某日报", report.Publication.Publisher);
        Assert.DoesNotContain(report.Sentences, s => s.Text.Contains("热点新闻"));
    }

    [Fact]
    public void Markup_in_the_article_is_dropped_and_escaped_markup_stays_text()
    {
        var report = Parse("hostile-markup.html").Report;
        var all = string.Concat(report.Sentences.Select(s => s.Text));
        Assert.DoesNotContain("alert(\"x\")", all);       // a script element is not text
        Assert.Contains("加强党的建设<script>alert(1)</script>", all); // text that shows markup is text
        Assert.Contains("二要推进教育评价改革", all);      // inline markup keeps its words
        Assert.Equal(3, report.Find(SectionKind.Tasks)!.Items.Count);
    }

    [Theory]
    [InlineData("list-page.html", 0, 0, "no article text was found in this page")]
    [InlineData("wrong-charset.html", 1, 68, "the page declares the charset gb18030, but its bytes here are not gb18030")]
    public void A_page_that_holds_no_report_says_so(string name, int line, int column, string message)
    {
        var result = CliRun.Meeting("parse", RepositoryFiles.Fixture("html", name));
        ErrorAssert.Reported(result, ExitCodes.ContentError, "Fixtures/html/" + name, line, column, message);
    }

    [Fact]
    public void An_error_in_the_article_points_into_the_page()
    {
        // The first paragraph of the article is on line 3 of the page, in the <p> that starts at column 1.
        var result = CliRun.Meeting("parse", RepositoryFiles.Fixture("html", "not-a-report.html"));
        ErrorAssert.Reported(result, ExitCodes.ContentError, "Fixtures/html/not-a-report.html", 3, 1,
            "no part of a work conference report was recognised in this text");
    }
}
