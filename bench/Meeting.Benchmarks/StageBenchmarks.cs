using System.Text;
using BenchmarkDotNet.Attributes;
using Meeting.Build;
using Meeting.Check;
using Meeting.Index;
using Meeting.Load;
using Meeting.Model;
using Meeting.Parse;
using Meeting.Plan;
using Meeting.Render;
using Meeting.Write;

namespace Meeting.Benchmarks;

/// <summary>
/// One benchmark per stage of the pipeline on the 2024 report, each fed the output of the stage before
/// (prepared once in <see cref="Setup"/>), so a change to one stage shows its own cost. <see cref="WholeBuild"/>
/// runs them all as <c>meeting build</c> does, into a temporary folder.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SourceDocument _document = null!;
    private MeetingReport _report = null!;
    private KeywordList _keywords = null!;
    private TemplateSet _templates = null!;
    private IReadOnlyList<SiteMeeting> _meetings = null!;
    private SitePlan _plan = null!;
    private List<PlannedPage> _planned = null!;
    private IReadOnlyList<(string Path, string Html)> _pages = null!;
    private Dictionary<string, PageFacts> _facts = null!;
    private HashSet<string> _files = null!;
    private string _scratch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = ReportFileReader.Read(RepositoryPaths.Report2024);
        _report = ReportParser.Parse(_document).Report;
        var listPath = Path.Combine(RepositoryPaths.Content, ContentLoader.KeywordListName);
        _keywords = File.Exists(listPath) ? KeywordListParser.Parse(listPath, File.ReadAllText(listPath)) : KeywordList.Empty;
        _templates = TemplateSet.Load(RepositoryPaths.Templates);
        _meetings = [new SiteMeeting(_report, KeywordIndexer.Build(_report, _keywords))];
        _plan = SitePlanner.Plan(_meetings, _templates.Strings);
        _planned = [.. _plan.RootPages, .. SitePlanner.MeetingPages(_plan, _meetings[0], _templates.Strings)];
        _pages = Render();
        _facts = Check();
        _files = [.. _facts.Keys];
        _scratch = Path.Combine(Path.GetTempPath(), $"meeting-bench-{Environment.ProcessId}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    [Benchmark(Description = "load: content/ (read, decode strictly)")]
    public LoadedContent Load() => ContentLoader.Load(RepositoryPaths.Content);

    [Benchmark(Description = "parse: text → model")]
    public ParseResult Parse() => ReportParser.Parse(_document);

    [Benchmark(Description = "index: keyword index")]
    public KeywordIndex Index() => KeywordIndexer.Build(_report, _keywords);

    [Benchmark(Description = "plan: pages, URLs, links")]
    public SitePlan Plan() => SitePlanner.Plan(_meetings, _templates.Strings);

    [Benchmark(Description = "render: every page (Fluid)")]
    public IReadOnlyList<(string Path, string Html)> Render()
    {
        var renderer = new PageRenderer(_templates, _plan);
        return _planned.Select(page => (page.Path, renderer.Render(page))).ToList();
    }

    [Benchmark(Description = "scan: every page without a DOM (the build's check)")]
    public List<PageFacts> Scan() => _pages.Select(p => PageScanner.Scan(p.Path, p.Html)).ToList();

    [Benchmark(Description = "check: parse every page (AngleSharp), links, anchors")]
    public Dictionary<string, PageFacts> Check()
    {
        var facts = _pages.ToDictionary(p => p.Path, p => HtmlInspector.Inspect(p.Path, p.Html), StringComparer.Ordinal);
        if (_files is not null)
        {
            var verifier = new LinkVerifier(_files, SiteChecker.Root, SiteChecker.Unlinked, path => facts[path]);
            verifier.Add(facts);
            if (verifier.Finish().Count > 0)
            {
                throw new InvalidOperationException("the 2024 site does not pass its checks");
            }
        }

        return facts;
    }

    [Benchmark(Description = "write: stage, swap in (same bytes: mtimes kept)")]
    public void Write()
    {
        using var site = StagedSite.Begin(Path.Combine(_scratch, "site"));
        foreach (var (path, html) in _pages)
        {
            site.Write(path, Encoding.UTF8.GetBytes(html));
        }
        site.Commit();
    }

    [Benchmark(Description = "whole build (in process)")]
    public BuildResult WholeBuild() =>
        SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, RepositoryPaths.Templates, Path.Combine(_scratch, "whole"), Strict: false));
}
