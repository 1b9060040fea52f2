using Meeting.Diagnostics;

namespace Meeting.Check;

/// <summary>
/// Checks a site already on disk (<c>meeting check</c>): every page parses, ids are unique, links and anchors
/// resolve, every page is reached from the root. The build runs the same checks, group by group, before it
/// swaps the new site in.
/// </summary>
public static class SiteChecker
{
    public const string Root = "index.html";
    public const string NotFound = "404.html";

    // The search page is reached through the search box (a form), which only a browser with script shows.
    public static readonly IReadOnlySet<string> Unlinked = new HashSet<string>(StringComparer.Ordinal) { NotFound, Search.SearchPaths.Page };

    public static IReadOnlyList<Diagnostic> CheckFolder(string siteDir) => Check(siteDir).Problems;

    /// <summary>The checks over a site on disk, and how many pages they read.</summary>
    public static SiteCheckReport Check(string siteDir)
    {
        if (!Directory.Exists(siteDir))
        {
            throw new MeetingException(Diagnostic.About(Load.DisplayPath.Of(siteDir), "the site folder does not exist",
                "build the site first with `meeting build`, or pass --site DIR"));
        }

        var files = Directory.EnumerateFiles(siteDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteDir, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        if (!files.Contains(Root))
        {
            return new SiteCheckReport(0, [Diagnostic.About(Root, "the site has no root page", "the archive page index.html is where readers start")]);
        }

        PageFacts Read(string page) => HtmlInspector.Inspect(page, File.ReadAllText(Path.Combine(siteDir, page)));
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(p => p, Read, StringComparer.Ordinal);
        var verifier = new LinkVerifier(files, Root, Unlinked, Read);
        verifier.Add(pages);
        return new SiteCheckReport(pages.Count, verifier.Finish());
    }
}

/// <summary>What <c>meeting check</c> found: the pages it read and every problem in them.</summary>
public sealed record SiteCheckReport(int Pages, IReadOnlyList<Diagnostic> Problems);
