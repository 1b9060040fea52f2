using Meeting.Build;
using Meeting.Diagnostics;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>
/// A rebuild renders only the meetings whose pages can change: the others keep their pages from the last build.
/// Whatever it keeps, the site it leaves is byte for byte the one a clean build makes.
/// </summary>
public sealed class IncrementalBuildTests
{
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
        Assert.Equal(1, again.Parsed);
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
        // Every page rendered again, from the models the last build stored, not from the reports parsed anew:
        // the same bytes as a clean build, which parses.
        Assert.Equal(0, again.Parsed);
        var clean = Path.Combine(_work, "clean");
        SiteBuilder.Build(new BuildOptions(Content, templates, clean));
        Assert.Equal(SiteTree.Hashes(clean), SiteTree.Hashes(site));
    }

    [Fact]
    public void A_damaged_cache_beside_the_site_costs_a_full_build_and_changes_nothing()
    {
        var site = Archive();
        Build(site);
        var cache = Path.Combine(_work, ".site.meeting-cache");
        var models = Path.Combine(cache, "models");
        File.WriteAllBytes(models, File.ReadAllBytes(models)[..^40]);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(cache, "pages")))
        {
            File.WriteAllText(file, "{ not json");
        }

        Edit("b-2025.txt", "要加快建设教育强国。", "要大力加快建设教育强国。");
        var again = Build(site);

        Assert.Equal((0, 2), (again.Kept, again.Parsed));
        var clean = Path.Combine(_work, "clean");
        Build(clean);
        Assert.Equal(SiteTree.Hashes(clean), SiteTree.Hashes(site));
    }

    [Fact]
    public void A_meeting_kept_from_the_last_build_still_has_its_links_out_of_it_checked()
    {
        // A template links every item page to the 2025 meeting's home. The 2023 meeting is no neighbour of
        // 2025, so when 2025 moves to another day its pages are kept, not rendered: their link, now broken, must
        // still fail the build, at its place in the page.
        var site = Archive();
        File.WriteAllText(Path.Combine(Content, "c-2023.txt"), SmallArchive.Report2025.Replace("2025", "2023").Replace("1月9日", "1月12日"));
        var templates = BuildSafetyTests.CopyTemplates(_work);
        var item = Path.Combine(templates, "item.liquid");
        File.WriteAllText(item, File.ReadAllText(item).Replace("</h1>", "</h1><a href=\"../../2025-01-09/index.html\">2025</a>", StringComparison.Ordinal));
        SiteBuilder.Build(new BuildOptions(Content, templates, site));

        Edit("b-2025.txt", "1月9日", "1月10日");
        var error = Assert.Throws<MeetingException>(() => SiteBuilder.Build(new BuildOptions(Content, templates, site)));

        Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
        var kept = error.Diagnostics.First(d => d.Path.StartsWith("2023-01-12/", StringComparison.Ordinal));
        Assert.Contains("broken link `../../2025-01-09/index.html`", kept.Message);
        Assert.True(kept.Line > 0, kept.ToString());
        Assert.True(Directory.Exists(Path.Combine(site, "2025-01-09")), "the failed build left the site as it was");
    }

    [Fact]
    public void A_report_removed_takes_its_folder_with_it_and_leaves_the_clean_build_s_site()
    {
        var site = Archive();
        Build(site);

        File.Delete(Path.Combine(Content, "b-2025.txt"));
        Build(site);

        Assert.False(Directory.Exists(Path.Combine(site, "2025-01-09")));
        var clean = Path.Combine(_work, "clean");
        Build(clean);
        Assert.Equal(SiteTree.Hashes(clean), SiteTree.Hashes(site));
        Assert.Equal(SmallArchive.Folders(clean), SmallArchive.Folders(site));
    }

    private string Archive()
    {
        Directory.CreateDirectory(Content);
        File.Copy(Path.Combine(RepoPaths.Content, "report-2024-national-education-work-conference.txt"), Path.Combine(Content, "a-2024.txt"));
        File.Copy(Path.Combine(RepoPaths.Content, "_keywords.txt"), Path.Combine(Content, "_keywords.txt"));
        File.WriteAllText(Path.Combine(Content, "b-2025.txt"), SmallArchive.Report2025);
        return Path.Combine(_work, "site");
    }

    private BuildResult Build(string site) => SiteBuilder.Build(new BuildOptions(Content, RepoPaths.Templates, site));

    private void Edit(string file, string from, string to) => SmallArchive.Edit(Path.Combine(Content, file), from, to);

    // The archive's own pages (the root, the archive-wide index and its terms, 404) are rendered every time.
    private static int RootPages(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Count(f => !Path.GetRelativePath(site, f).StartsWith("20", StringComparison.Ordinal));
}
