using Meeting.Build;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>
/// A rebuild renders only the meetings whose pages can change: the others keep their pages from the last build.
/// Whatever it keeps, the site it leaves is byte for byte the one a clean build makes.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string Report2025 = """
        2025年全国教育工作会议召开
        　　1月9日，2025年全国教育工作会议在北京召开。会议强调，要加快建设教育强国。
        　　会议指出，要抓好重点任务。一要深化产教融合。二要推进“双减”。三要发展职业教育。
        　　会议以视频会议形式召开，各省教育厅负责人参加会议。
        """;

    private readonly string _work = RepoPaths.NewTempDir();

    private string Content => Path.Combine(_work, "content");

    [Fact]
    public void One_report_changed_renders_its_meeting_only_and_gives_the_clean_build_s_bytes()
    {
        var site = Archive();
        var first = Build(site);
        Assert.Equal(0, first.Kept);

        // A word in the opening: no title, heading or term changes, only the text.
        Edit("b-2025.txt", "要加快建设教育强国。", "要大力加快建设教育强国。");
        var again = Build(site);

        var older = Directory.EnumerateFiles(Path.Combine(site, "2024-01-11"), "*.html", SearchOption.AllDirectories).Count();
        Assert.Equal(older, again.Kept);
        var clean = Path.Combine(_work, "clean");
        Build(clean);
        Assert.Equal(SiteTree.Hashes(clean), SiteTree.Hashes(site));
        Assert.Contains("大力加快", File.ReadAllText(Path.Combine(site, "2025-01-09", "text.html")));
    }

    [Fact]
    public void Nothing_changed_keeps_every_meeting_page_and_their_modification_times()
    {
        var site = Archive();
        var first = Build(site);
        var times = SiteTree.Times(site);
        Thread.Sleep(20);

        var again = Build(site);

        Assert.Equal(first.Pages - RootPages(site), again.Kept);
        Assert.Equal(times, SiteTree.Times(site));
    }

    [Fact]
    public void A_changed_template_renders_every_meeting_again()
    {
        var site = Archive();
        Build(site);
        var templates = BuildSafetyTests.CopyTemplates(_work);
        var item = Path.Combine(templates, "item.liquid");
        File.WriteAllText(item, File.ReadAllText(item).Replace("</h1>", "</h1><p>changed</p>", StringComparison.Ordinal));

        var again = SiteBuilder.Build(new BuildOptions(Content, templates, site));

        Assert.Equal(0, again.Kept);
        Assert.Contains("<p>changed</p>", File.ReadAllText(Path.Combine(site, "2024-01-11", "tasks", "5.html")));
    }

    [Fact]
    public void A_page_changed_by_hand_in_the_output_is_rendered_again_not_kept()
    {
        var site = Archive();
        Build(site);
        var page = Path.Combine(site, "2024-01-11", "tasks", "5.html");
        var original = File.ReadAllText(page);
        File.WriteAllText(page, original.Replace("</main>", "<p>vandal</p></main>", StringComparison.Ordinal));

        Build(site);

        Assert.Equal(original, File.ReadAllText(page));
    }

    private string Archive()
    {
        Directory.CreateDirectory(Content);
        File.Copy(Path.Combine(RepoPaths.Content, "report-2024-national-education-work-conference.txt"), Path.Combine(Content, "a-2024.txt"));
        File.Copy(Path.Combine(RepoPaths.Content, "_keywords.txt"), Path.Combine(Content, "_keywords.txt"));
        File.WriteAllText(Path.Combine(Content, "b-2025.txt"), Report2025);
        return Path.Combine(_work, "site");
    }

    private BuildResult Build(string site) => SiteBuilder.Build(new BuildOptions(Content, RepoPaths.Templates, site));

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(Content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    // The archive's own pages (the root, the archive-wide index and its terms, 404) are rendered every time.
    private static int RootPages(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Count(f => !Path.GetRelativePath(site, f).StartsWith("20", StringComparison.Ordinal));
}
