using AngleSharp.Html.Parser;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>Without --base-url nothing absolute is written: the site is the same from disk and from any host.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class UnpublishedSiteTests(BuiltSite site)
{
    [Fact]
    public void No_file_holds_an_absolute_address_and_there_is_no_sitemap_robots_or_feed()
    {
        foreach (var file in Directory.EnumerateFiles(site.Dir, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains("http://") || text.Contains("https://"), $"{file} holds an absolute address");
        }

        Assert.False(File.Exists(Path.Combine(site.Dir, "sitemap.xml")));
        Assert.False(File.Exists(Path.Combine(site.Dir, "robots.txt")));
        Assert.False(File.Exists(Path.Combine(site.Dir, "feed.xml")));
        Assert.True(File.Exists(Path.Combine(site.Dir, "2024-01-11", "meeting.csl.json")));
    }

    [Fact]
    public void With_no_publication_known_no_source_is_shown_and_never_the_file_name()
    {
        var parser = new HtmlParser();
        foreach (var page in SiteTree.Pages(site.Dir))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.DoesNotContain("report-2024-national-education-work-conference", document.Body!.TextContent);
            Assert.Null(document.QuerySelector(".source, .publication"));
        }

        var citation = parser.ParseDocument(site.Read("2024-01-11/tasks/5.html")).QuerySelector("footer .citation")!.TextContent;
        Assert.Equal("2024年全国教育工作会议召开: 七项重点任务: 第五项任务：不断开辟教育数字化新赛道[EB/OL]. [引用日期].", citation);
    }

    [Theory]
    [InlineData("archive/", "is not an absolute http or https address")]
    [InlineData("/archive/", "is not an absolute http or https address")]
    [InlineData("ftp://example.org/archive/", "is not an absolute http or https address")]
    [InlineData("https://example.org/archive/?v=1", "has a query, a fragment or a user name")]
    [InlineData("https://example.org/archive/#top", "has a query, a fragment or a user name")]
    public void A_base_url_that_is_not_an_absolute_web_address_is_a_usage_error(string baseUrl, string message)
    {
        var out_ = Path.Combine(RepoPaths.NewTempDir(), "site");
        var (code, stdout, stderr) = CheckCommandTests.Run("build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--out", out_, "--base-url", baseUrl);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"meeting build: error: --base-url: `{baseUrl}` {message}", stderr);
        Assert.Contains("hint:", stderr);
        Assert.False(Directory.Exists(out_));
    }

    [Fact]
    public void A_base_url_without_its_final_slash_still_names_the_folder()
    {
        var out_ = Path.Combine(RepoPaths.NewTempDir(), "site");
        var (code, _, stderr) = CheckCommandTests.Run("build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--out", out_, "--base-url", "https://example.org/archive");

        Assert.True(code == 0, stderr);
        var canonical = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(out_, "2024-01-11", "index.html")))
            .QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal("https://example.org/archive/2024-01-11/index.html", canonical);
    }
}
