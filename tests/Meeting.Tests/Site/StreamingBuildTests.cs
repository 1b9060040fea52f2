using System.Text;
using Meeting.Build;
using Meeting.Index;
using Meeting.Load;
using Meeting.Parse;
using Meeting.Plan;
using Meeting.Render;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>
/// The build streams: each report is parsed into a store beside the output, the site is planned from summaries,
/// and each meeting is read back from the store to be rendered. None of that may show in the site: every page is
/// the one the templates give for the model parsed in memory, and a rebuild after reports were changed, removed and
/// added leaves the bytes of a clean build, with new modification times only where the bytes are new.
/// </summary>
public sealed class StreamingBuildTests
{
    private readonly string _work = RepoPaths.NewTempDir();

    private string Content => Path.Combine(_work, "content");

    [Fact]
    public void Every_page_is_the_one_the_templates_give_for_the_models_parsed_in_memory()
    {
        Archive(2025, 2023, 2020);
        var site = Path.Combine(_work, "site");
        SiteBuilder.Build(new BuildOptions(Content, RepoPaths.Templates, site));
        var expected = RenderedInMemory(RepoPaths.Templates);

        Assert.Equal(expected.Keys, SiteTree.Pages(site).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')));
        AssertSamePages(expected, site);

        // Once more with every meeting rendered from what the store kept, not from this build's parse: a template
        // changed in a way that changes no page makes every meeting render again, from the stored models and summaries.
        var templates = BuildSafetyTests.CopyTemplates(_work);
        var item = Path.Combine(templates, "item.liquid");
        File.AppendAllText(item, "{% comment %}a note for the editor{% endcomment %}");
        var again = SiteBuilder.Build(new BuildOptions(Content, templates, site));

        Assert.Equal((0, 0), (again.Parsed, again.Kept));
        AssertSamePages(expected, site);
    }

    [Fact]
    public void A_rebuild_after_one_report_changed_one_removed_and_one_added_is_the_clean_build_byte_for_byte()
    {
        // Six meetings; after the edit still six, so the meetings far from the changes may keep their pages.
        Archive(2025, 2023, 2020, 2019, 2018);
        var site = Path.Combine(_work, "site");
        SiteBuilder.Build(new BuildOptions(Content, RepoPaths.Templates, site));
        var before = SiteTree.Hashes(site);
        var times = SiteTree.Times(site);
        Thread.Sleep(20);

        Edit("r-2025.txt", "要加快建设教育强国。", "要大力加快建设教育强国。");
        File.Delete(Path.Combine(Content, "r-2023.txt"));
        File.WriteAllText(Path.Combine(Content, "r-2022.txt"), Report(2022));
        var again = SiteBuilder.Build(new BuildOptions(Content, RepoPaths.Templates, site));

        var clean = Path.Combine(_work, "clean");
        SiteBuilder.Build(new BuildOptions(Content, RepoPaths.Templates, clean));
        var after = SiteTree.Hashes(site);
        Assert.Equal(SiteTree.Hashes(clean), after);
        Assert.Equal(SmallArchive.Folders(clean), SmallArchive.Folders(site));
        Assert.False(Directory.Exists(Path.Combine(site, "2023-01-09")));
        Assert.Contains("大力加快", File.ReadAllText(Path.Combine(site, "2025-01-09", "text.html")));
        Assert.Equal(2, again.Parsed);
        Assert.True(again.Kept > 0, "the meetings of 2019 and 2018 are far from every change and keep their pages");

        // Only the files whose bytes are new were written: every other file keeps its modification time.
        var newTimes = SiteTree.Times(site);
        var rewritten = after.Keys.Where(f => before.TryGetValue(f, out var hash) && hash == after[f] && times[f] != newTimes[f]).ToList();
        Assert.Empty(rewritten);
    }

    private SortedDictionary<string, string> RenderedInMemory(string templatesDir)
    {
        var templates = TemplateSet.Load(templatesDir);
        var list = Path.Combine(Content, ContentLoader.KeywordListName);
        var keywords = KeywordListParser.Parse(list, File.ReadAllText(list));
        var meetings = Directory.EnumerateFiles(Content, "*.txt")
            .Where(f => Path.GetFileName(f) != ContentLoader.KeywordListName)
            .Select(f => ReportParser.Parse(ReportFileReader.Read(f)).Report)
            .Select(r => new SiteMeeting(r, KeywordIndexer.Build(r, keywords)))
            .ToList();
        var plan = SitePlanner.Plan(meetings, templates.Strings);
        var renderer = new PageRenderer(templates, plan);
        var pages = plan.RootPages.Concat(meetings.SelectMany(m => SitePlanner.MeetingPages(plan, m, templates.Strings)));
        return new SortedDictionary<string, string>(pages.ToDictionary(p => p.Path, renderer.Render), StringComparer.Ordinal);
    }

    private static void AssertSamePages(SortedDictionary<string, string> expected, string site)
    {
        foreach (var (path, html) in expected)
        {
            var built = File.ReadAllText(Path.Combine(site, path), Encoding.UTF8);
            Assert.True(html == built, $"{path} differs from the page rendered in memory");
        }
    }

    // The real 2024 report, the keyword list, and a short report for each year given.
    private void Archive(params int[] years)
    {
        Directory.CreateDirectory(Content);
        File.Copy(Path.Combine(RepoPaths.Content, "report-2024-national-education-work-conference.txt"), Path.Combine(Content, "r-2024.txt"));
        File.Copy(Path.Combine(RepoPaths.Content, ContentLoader.KeywordListName), Path.Combine(Content, ContentLoader.KeywordListName));
        foreach (var year in years)
        {
            File.WriteAllText(Path.Combine(Content, $"r-{year}.txt"), Report(year));
        }
    }

    private static string Report(int year) => SmallArchive.Report2025.Replace("2025", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private void Edit(string file, string from, string to) => SmallArchive.Edit(Path.Combine(Content, file), from, to);
}
