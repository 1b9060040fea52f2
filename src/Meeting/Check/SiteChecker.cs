using Meeting.Diagnostics;

namespace Meeting.Check;

/// <summary>
/// Checks a site already on disk (<c>meeting check</c>): every page parses, ids are unique, links and anchors
/// resolve, every page is reached from the root. The build runs the same checks before it writes.
/// </summary>
public static class SiteChecker
{
    public const string Root = "index.html";
    public const string NotFound = "404.html";

    public static IReadOnlyList<Diagnostic> CheckFolder(string siteDir)
    {
        if (!Directory.Exists(siteDir))
        {
            throw new MeetingException(Diagnostic.Error(Load.DisplayPath.Of(siteDir), 1, 1, "the site folder does not exist",
                "build the site first with `meeting build`, or pass --site DIR"));
        }

        var files = Directory.EnumerateFiles(siteDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteDir, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var pages = files
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => HtmlInspector.Inspect(f, File.ReadAllText(Path.Combine(siteDir, f))))
            .ToDictionary(p => p.Path, StringComparer.Ordinal);
        return Check(pages, files);
    }

    public static IReadOnlyList<Diagnostic> Check(IReadOnlyDictionary<string, PageFacts> pages, IReadOnlySet<string> files)
    {
        if (!pages.ContainsKey(Root))
        {
            return [Diagnostic.Error(Root, 1, 1, "the site has no root page", "the archive page index.html is where readers start")];
        }

        var inside = pages.Values.OrderBy(p => p.Path, StringComparer.Ordinal).SelectMany(p => p.Problems);
        var between = LinkChecker.Check(pages, files, Root, new HashSet<string>(StringComparer.Ordinal) { NotFound });
        return inside.Concat(between).ToList();
    }
}
