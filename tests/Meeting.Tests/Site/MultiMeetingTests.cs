using AngleSharp.Html.Parser;
using Meeting.Build;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>An archive of several meetings: each in its own folder, listed newest first, linked to each other and indexed together.</summary>
public sealed class MultiMeetingTests
{
    private const string SameDay = """
        2024年全国职业教育工作会议召开
        　　1月11日，2024年全国职业教育工作会议在北京召开。
        　　会议要求，一是深化产教融合。二是加强教育强国建设。
        　　各省教育厅负责人参加会议。
        """;

    [Fact]
    public void Meetings_get_their_own_folders_the_root_lists_them_newest_first_and_the_archive_index_spans_them()
    {
        var work = RepoPaths.NewTempDir();
        var content = Path.Combine(work, "content");
        Directory.CreateDirectory(content);
        File.Copy(Path.Combine(RepoPaths.Content, "report-2024-national-education-work-conference.txt"), Path.Combine(content, "a-2024.txt"));
        File.Copy(Path.Combine(RepoPaths.Content, "_keywords.txt"), Path.Combine(content, "_keywords.txt"));
        File.WriteAllText(Path.Combine(content, "b-2025.txt"), SmallArchive.Report2025);
        File.WriteAllText(Path.Combine(content, "c-2024-vocational.txt"), SameDay);
        var site = Path.Combine(work, "site");

        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Templates, site));

        Assert.Equal(3, result.Meetings);
        Assert.True(File.Exists(Path.Combine(site, "2025-01-09", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "2024-01-11", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "2024-01-11-2", "index.html")));
        Assert.Contains("全国职业教育工作会议", File.ReadAllText(Path.Combine(site, "2024-01-11-2", "index.html")));

        var parser = new HtmlParser();
        var root = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));
        var titles = root.QuerySelectorAll(".meeting-title").Select(a => a.TextContent).ToList();
        Assert.Equal("2025年全国教育工作会议召开", titles[0]);
        Assert.Equal(["2025", "2024"], root.QuerySelectorAll(".year h2").Select(h => h.TextContent));

        var home2025 = File.ReadAllText(Path.Combine(site, "2025-01-09", "index.html"));
        Assert.Contains("较早的会议", home2025);

        var index = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "terms", "index.html")));
        var link = index.QuerySelectorAll("a").First(a => a.TextContent == "产教融合");
        var term = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "terms", Uri.UnescapeDataString(link.GetAttribute("href")!))));
        Assert.Equal(3, term.QuerySelectorAll(".trend tbody tr").Length);

        Assert.Empty(SiteOracle.Problems(site));
    }
}
