using System.Collections.Concurrent;
using System.Text;
using Meeting.Check;
using Meeting.Diagnostics;
using Meeting.Index;
using Meeting.Load;
using Meeting.Parse;
using Meeting.Plan;
using Meeting.Publish;
using Meeting.Render;
using Meeting.Search;
using Meeting.Write;

namespace Meeting.Build;

/// <summary>
/// The pipeline, as named steps: Load, Parse, Index, Plan, Render (and inspect each page), Check, Write.
/// Pages are rendered into a staging folder; only when every check has passed is the staging folder swapped
/// in place of the output, so a failed build never leaves a half-written site.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var timer = new StepTimer();

        // ICU's collation data takes a while to load; let it load while the reports are read and parsed.
        var collation = Task.Run(() => PinyinCollation.CompareInfo);
        var content = timer.Run("load", () => ContentLoader.Load(options.ContentDir));
        var templates = timer.Run("templates", () => TemplateSet.Load(options.TemplatesDir));
        var parsed = timer.Run("parse", () => ParallelWork.Map(content.Reports, ReportParser.Parse));
        var warnings = parsed.SelectMany(p => p.Warnings).ToList();
        var reports = SlugAssigner.Assign(parsed.Select(p => p.Report).ToList());

        var keywordList = content.KeywordList is null
            ? KeywordList.Empty
            : KeywordListParser.Parse(content.KeywordList.Path, content.KeywordList.Text);
        var listErrors = keywordList.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (listErrors.Count > 0)
        {
            throw new MeetingException(listErrors);
        }

        warnings.AddRange(keywordList.Diagnostics);
        collation.GetAwaiter().GetResult(); // rethrows "ICU is missing" as itself, not wrapped
        var meetings = timer.Run("index", () => ParallelWork.Map(reports, r => new SiteMeeting(r, KeywordIndexer.Build(r, keywordList))));
        warnings.AddRange(IndexWarnings.Of(meetings));

        if (options.Strict && warnings.Count > 0)
        {
            throw new MeetingException(warnings, ExitCodes.WarningsAsErrors);
        }

        var plan = timer.Run("plan", () => SitePlanner.Plan(meetings, templates.Strings) with { BaseUrl = options.BaseUrl is null ? null : BaseUrl.Normalize(options.BaseUrl) });
        using var site = StagedSite.Begin(options.OutDir);
        var files = timer.Run("data", () => WriteData(plan, options.TemplatesDir, site));
        files.UnionWith(plan.Pages.Select(p => p.Path));
        files.UnionWith(timer.Run("publish", () => PublishedFiles.Write(plan, templates.Strings, site)));
        files.UnionWith(timer.Run("search", () => SearchIndexWriter.WriteTo(plan, site)));

        var verifier = new LinkVerifier(files, SiteChecker.Root, SiteChecker.Unlinked, path => PageScanner.Scan(path, site.ReadBack(path)));
        var cache = RenderCache.Open(options.OutDir);
        var keys = timer.Run("keys", () => MeetingKeys(plan, options));
        var kept = timer.Run("render", () => RenderAll(plan, templates, site, verifier, cache, keys));
        var problems = timer.Run("check", verifier.Finish);
        if (problems.Count > 0)
        {
            throw new MeetingException(problems, ExitCodes.CheckFailed);
        }

        timer.Run("write", () =>
        {
            site.Commit();
            cache.Save();
            return 0;
        });
        return new BuildResult(plan.Pages.Count, files.Count, meetings.Count, warnings, timer.Steps) { Kept = kept };
    }

    // Renders and checks the pages one group at a time (each meeting's, each page of the root), checking each
    // group's links as soon as it is complete, so memory holds the facts of a few groups, not of the whole site.
    // A meeting whose key is the one of its pages in the previous site keeps those pages, scanned but not
    // rendered. Returns how many pages were kept.
    private static int RenderAll(SitePlan plan, TemplateSet templates, StagedSite site, LinkVerifier verifier, RenderCache cache, IReadOnlyDictionary<string, string> keys)
    {
        var renderer = new PageRenderer(templates, plan);
        var kept = 0;
        // A meeting's pages link to each other; the root's pages (the archive-wide term pages may be large) each stand alone.
        var groups = plan.Pages.GroupBy(p => p.Meeting?.Slug ?? p.Path, StringComparer.Ordinal).ToList();
        ParallelWork.ForEach(groups, group =>
        {
            var meeting = group.First().Meeting?.Slug;
            var key = meeting is null ? null : keys[meeting];
            var facts = new ConcurrentDictionary<string, PageFacts>(StringComparer.Ordinal);
            var previous = key is null ? null : cache.Reuse(meeting!, key, group.Select(p => p.Path).ToList(), site);
            if (previous is not null)
            {
                foreach (var (path, html) in previous)
                {
                    facts[path] = PageScanner.Scan(path, html);
                }

                Interlocked.Add(ref kept, previous.Count);
            }
            else
            {
                // The pages of one group in parallel too: a site of one meeting is mostly one group.
                var written = new ConcurrentBag<(string Path, byte[] Bytes)>();
                Parallel.ForEach(group, page =>
                {
                    var html = renderer.Render(page);
                    facts[page.Path] = PageScanner.Scan(page.Path, html);
                    var bytes = Encoding.UTF8.GetBytes(html);
                    site.Write(page.Path, bytes);
                    written.Add((page.Path, bytes));
                });

                if (key is not null)
                {
                    cache.Rendered(meeting!, key, written);
                }
            }

            lock (verifier)
            {
                verifier.Add(facts);
            }
        });

        return kept;
    }

    // What each meeting's pages are made from, as one key per meeting (see MeetingKey).
    private static Dictionary<string, string> MeetingKeys(SitePlan plan, BuildOptions options)
    {
        var templatesHash = MeetingKey.OfFolder(options.TemplatesDir);
        var pages = plan.Pages.Where(p => p.Meeting is not null).ToLookup(p => p.Meeting!.Slug, StringComparer.Ordinal);
        var keys = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(plan.Meetings, m => keys[m.Slug] = MeetingKey.Of(m, DataFile.Json(m), pages[m.Slug], plan, templatesHash, options.BaseUrl));
        return new Dictionary<string, string>(keys, StringComparer.Ordinal);
    }

    // The stylesheet (and any other asset) and each meeting's data file.
    private static HashSet<string> WriteData(SitePlan plan, string templatesDir, StagedSite site)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        var assets = Path.Combine(templatesDir, "assets");
        if (Directory.Exists(assets))
        {
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var path = "assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/');
                site.Write(path, File.ReadAllBytes(file));
                written.Add(path);
            }
        }

        foreach (var meeting in plan.Meetings)
        {
            var path = SitePaths.Data(meeting.Report);
            site.Write(path, Encoding.UTF8.GetBytes(DataFile.Json(meeting)));
            written.Add(path);
        }

        return written;
    }
}
