using Meeting.Build.Store;
using Meeting.Check;
using Meeting.Diagnostics;
using Meeting.Index;
using Meeting.Load;
using Meeting.Parse;
using Meeting.Plan;
using Meeting.Publish;
using Meeting.Render;
using Meeting.Write;

namespace Meeting.Build;

/// <summary>
/// The pipeline, as named steps, in two passes over the meetings so that memory grows with the largest meeting,
/// not with the archive. The first reads, parses and indexes each report and keeps only its summary (the model
/// goes to a store beside the output); the plan of the archive is made from the summaries; the second pass then
/// renders, checks and writes one meeting at a time from its stored model, and drops it. Pages go into a staging
/// folder; only when every check has passed is it swapped in place of the output, so a failed build never leaves
/// a half-written site.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var timer = new StepTimer();

        // ICU's collation data takes a while to load; let it load while the reports are found and the templates read.
        var collation = Task.Run(() => PinyinCollation.CompareInfo);
        var content = timer.Run("load", () => ContentLoader.Find(options.ContentDir));
        var templates = timer.Run("templates", () => TemplateSet.Load(options.TemplatesDir));
        var keywordList = content.KeywordList is null
            ? KeywordList.Empty
            : KeywordListParser.Parse(content.KeywordList.Path, content.KeywordList.Text);
        var listErrors = keywordList.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (listErrors.Count > 0)
        {
            // The reports' own mistakes first, as a build that got that far would say them.
            ParallelWork.Map(content.Reports, file => ReportParser.Parse(ReportFileReader.Read(file)));
            throw new MeetingException(listErrors);
        }

        collation.GetAwaiter().GetResult(); // rethrows "ICU is missing" as itself, not wrapped
        using var store = ModelStore.Open(options.OutDir);
        var (entries, parsed) = timer.Run("parse", () => ReportPass.Run(content.Reports, keywordList, content.KeywordList, store));
        var warnings = entries.SelectMany(e => e.Warnings).ToList();
        warnings.AddRange(keywordList.Diagnostics);
        warnings.AddRange(IndexWarnings.Of(entries.Select(e => e.IndexWarnings).ToList()));
        if (options.Strict && warnings.Count > 0)
        {
            throw new MeetingException(warnings, ExitCodes.WarningsAsErrors);
        }

        var summaries = SlugAssigner.Assign(entries.Select(e => e.Summary).ToList());
        var plan = timer.Run("plan", () => SitePlanner.Plan(summaries, templates.Strings) with { BaseUrl = options.BaseUrl is null ? null : BaseUrl.Normalize(options.BaseUrl) });
        using var site = StagedSite.Begin(options.OutDir);
        var files = timer.Run("assets", () => WriteAssets(options.TemplatesDir, site));
        files.UnionWith(plan.PagePaths());
        files.UnionWith(plan.Meetings.SelectMany(m => m.DataPaths()));
        files.UnionWith(timer.Run("publish", () => PublishedFiles.Write(plan, templates.Strings, site)));
        var cache = RenderCache.Open(options.OutDir);
        var bySource = entries.ToDictionary(e => e.Summary.SourcePath, StringComparer.Ordinal);
        var models = summaries.ToDictionary(s => s.Slug, s => bySource[s.SourcePath], StringComparer.Ordinal);
        SiteMeeting ReadModel(string slug) => store.Read(models[slug]).ToSiteMeeting(slug);
        files.UnionWith(timer.Run("search", () => SearchPass.Run(plan, site, cache, ReadModel)));

        var verifier = new LinkVerifier(files, SiteChecker.Root, SiteChecker.Unlinked, path => PageScanner.Scan(path, site.ReadBack(path)));
        var pass = new MeetingPass(plan, templates, site, verifier, cache, ReadModel, MeetingKey.OfFolder(options.TemplatesDir));
        var kept = timer.Run("render", pass.Run);
        var problems = timer.Run("check", verifier.Finish);
        if (problems.Count > 0)
        {
            throw new MeetingException(problems, ExitCodes.CheckFailed);
        }

        timer.Run("write", () =>
        {
            site.Commit();
            cache.Prune();
            store.Save();
            return 0;
        });
        return new BuildResult(plan.RootPages.Count + plan.Meetings.Sum(m => m.PagePaths().Count()), files.Count, plan.Meetings.Count, warnings, timer.Steps) { Kept = kept, Parsed = parsed };
    }

    // The stylesheet and any other asset.
    private static HashSet<string> WriteAssets(string templatesDir, StagedSite site)
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

        return written;
    }
}
