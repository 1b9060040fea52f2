using Xunit;
using AngleSharp.Html.Parser;
using Meeting.Build;

namespace Meeting.Tests.Site;

/// <summary>Markup and template syntax in a report come out as text the reader sees, never as markup or code.</summary>
public sealed class HostileTextTests
{
    private const string Report = """
        2025年全国教育工作会议召开
        　　1月9日，2025年全国教育工作会议在北京召开。会议强调，<script>alert(1)</script>要办好<b>人民</b>满意的教育&amp;{{ x }}{% raw %}。
        　　会议指出，要抓好重点任务。一要加强<img src=x onerror=alert(2)>思政课建设。二要推进“双减”。三要发展职业教育。
        　　会议以视频会议形式召开，各省教育厅负责人参加会议。
        """;

    [Fact]
    public void No_page_holds_a_script_element_or_an_event_handler_and_the_text_shows_as_written()
    {
        var work = RepoPaths.NewTempDir();
        var content = Path.Combine(work, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "2025.txt"), Report);
        var site = Path.Combine(work, "site");

        SiteBuilder.Build(new BuildOptions(content, RepoPaths.Templates, site));

        var parser = new HtmlParser();
        foreach (var page in SiteTree.Pages(site))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.Empty(document.QuerySelectorAll("img, b"));
            // The one script a page has is the site's own search, by src: never a script made of the report's text.
            Assert.All(document.QuerySelectorAll("script"), s => Assert.Matches(@"^(\.\./)*assets/search\.js$", s.GetAttribute("src") ?? "inline"));
            Assert.All(document.QuerySelectorAll("script"), s => Assert.Empty(s.TextContent));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }

        var text = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "2025-01-09", "text.html")));
        var body = text.QuerySelector(".report")!.TextContent;
        Assert.Contains("<script>alert(1)</script>", body);
        Assert.Contains("<b>人民</b>满意的教育&amp;{{ x }}{% raw %}", body);
        Assert.Contains("<img src=x onerror=alert(2)>", body);
    }
}
