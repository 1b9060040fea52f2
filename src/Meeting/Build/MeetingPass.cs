using System.Collections.Concurrent;
using System.Text;
using Meeting.Check;
using Meeting.Plan;
using Meeting.Publish;
using Meeting.Render;
using Meeting.Write;

namespace Meeting.Build;

/// <summary>
/// The second pass of a build: each meeting in turn (a few at once, one per core) is read back from the store,
/// planned, rendered, scanned for its links and ids, checked as a group and written into the staging folder, then
/// dropped; then the archive's own pages. A meeting whose <see cref="MeetingKey"/> and files are those of the last
/// build keeps its files and is not even read back. Returns how many pages were kept.
/// </summary>
internal sealed class MeetingPass(
    SitePlan plan,
    TemplateSet templates,
    StagedSite site,
    LinkVerifier verifier,
    RenderCache cache,
    Func<string, SiteMeeting> readModel,
    string templatesHash)
{
    private readonly PageRenderer _renderer = new(templates, plan);
    private readonly bool _hasFeed = AtomFeed.HasEntries(plan);
    private int _kept;

    public int Run()
    {
        // One meeting per core; within a meeting, its pages on every core only when there are too few meetings to go round.
        var pagesInParallel = plan.Meetings.Count < Environment.ProcessorCount;
        ParallelWork.ForEach(plan.Meetings, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, m => Meeting(m, pagesInParallel));
        ParallelWork.ForEach(plan.RootPages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
        {
            var facts = new Dictionary<string, PageFacts>(StringComparer.Ordinal) { [page.Path] = Render(page) };
            Add(facts);
        });
        return _kept;
    }

    private void Meeting(MeetingSummary summary, bool pagesInParallel)
    {
        var key = MeetingKey.Of(summary, plan, templatesHash, _hasFeed);
        var paths = summary.PagePaths().ToList();
        var files = paths.Concat(summary.DataPaths()).Append(SearchPass.TextPath(summary.Slug)).Order(StringComparer.Ordinal).ToList();
        if (cache.Reuse(summary.Slug, key, files, site) is { } links)
        {
            lock (verifier)
            {
                verifier.AddKept(links);
            }

            Interlocked.Add(ref _kept, paths.Count);
            return;
        }

        var meeting = readModel(summary.Slug);
        var pages = SitePlanner.MeetingPages(plan, meeting, templates.Strings);
        if (!pages.Select(p => p.Path).SequenceEqual(paths, StringComparer.Ordinal))
        {
            // The summary names the pages the checks expect; the plan from the model must name the same.
            throw new InvalidOperationException($"the pages planned for {summary.Slug} differ from its summary's");
        }

        var facts = new ConcurrentDictionary<string, PageFacts>(StringComparer.Ordinal);
        if (pagesInParallel)
        {
            Parallel.ForEach(pages, page => facts[page.Path] = Render(page));
        }
        else
        {
            foreach (var page in pages)
            {
                facts[page.Path] = Render(page);
            }
        }

        foreach (var (path, bytes) in DataFile.Of(meeting, plan.BaseUrl))
        {
            site.Write(path, bytes);
        }

        var text = Search.SearchIndexWriter.MeetingText(meeting.Report);
        site.Write(text.Path, text.Bytes);

        cache.Rendered(summary.Slug, key, files, Add(facts), site);
    }

    private PageFacts Render(PlannedPage page)
    {
        var html = _renderer.Render(page);
        var facts = PageScanner.Scan(page.Path, html);
        site.Write(page.Path, Encoding.UTF8.GetBytes(html));
        return facts;
    }

    private GroupLinks Add(IReadOnlyDictionary<string, PageFacts> facts)
    {
        lock (verifier)
        {
            return verifier.Add(facts);
        }
    }
}
