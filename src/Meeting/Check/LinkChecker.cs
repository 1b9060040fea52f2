using Meeting.Diagnostics;

namespace Meeting.Check;

/// <summary>
/// Checks the links between pages: every internal link names a file of the site (never a folder), every #anchor
/// is an id of its target page, and every page can be reached by following links from the archive root.
/// Links to other sites (https:, mailto:) are left alone; they are the reader's to follow.
/// </summary>
public static class LinkChecker
{
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyDictionary<string, PageFacts> pages, IReadOnlySet<string> files, string root, IReadOnlySet<string> unlinkedAllowed)
    {
        var problems = new List<Diagnostic>();
        var reached = new HashSet<string>(StringComparer.Ordinal) { root };
        var queue = new Queue<string>([root]);
        foreach (var page in pages.Values.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            foreach (var href in page.Links)
            {
                var problem = Resolve(page.Path, href, pages, files, out _);
                if (problem is not null)
                {
                    problems.Add(Diagnostic.Error(page.Path, 1, 1, $"broken link `{href}`: {problem}",
                        "every internal link must name a file of the site, and its #anchor an id on that page"));
                }
            }
        }

        while (queue.Count > 0)
        {
            var page = pages[queue.Dequeue()];
            foreach (var href in page.Links)
            {
                if (Resolve(page.Path, href, pages, files, out var target) is null && target is not null && pages.ContainsKey(target) && reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        problems.AddRange(pages.Keys
            .Where(p => !reached.Contains(p) && !unlinkedAllowed.Contains(p))
            .Order(StringComparer.Ordinal)
            .Select(p => Diagnostic.Error(p, 1, 1, "no link leads to this page", "link it from another page, or stop writing it")));
        return problems;
    }

    /// <summary>Null when the link is good; else what is wrong. <paramref name="target"/> is the page it leads to.</summary>
    public static string? Resolve(string fromPage, string href, IReadOnlyDictionary<string, PageFacts> pages, IReadOnlySet<string> files, out string? target)
    {
        target = null;
        if (IsExternal(href))
        {
            return null;
        }

        var hash = href.IndexOf('#');
        var (path, anchor) = hash >= 0 ? (href[..hash], Uri.UnescapeDataString(href[(hash + 1)..])) : (href, null);
        if (path.Contains('?'))
        {
            return "a query string has no meaning on a static site";
        }

        target = path.Length == 0 ? fromPage : Combine(fromPage, Uri.UnescapeDataString(path));
        if (target is null)
        {
            return "it leads outside the site";
        }

        if (!files.Contains(target))
        {
            var folder = target + "/";
            var isFolder = path.EndsWith('/') || files.Any(f => f.StartsWith(folder, StringComparison.Ordinal));
            return isFolder
                ? "it names a folder; from disk a browser shows a folder listing, so name the file (…/index.html)"
                : "no such file in the site";
        }

        if (anchor is not null && anchor.Length > 0)
        {
            if (!pages.TryGetValue(target, out var page) || !page.Ids.Contains(anchor))
            {
                return $"no id `{anchor}` in {target}";
            }
        }

        return null;
    }

    private static bool IsExternal(string href) =>
        href.StartsWith("//", StringComparison.Ordinal) || (href.IndexOf(':') is var colon and > 0 && href[..colon].All(char.IsAsciiLetter));

    // Resolves a relative path against the folder of a page; null if it climbs above the site root.
    private static string? Combine(string fromPage, string relative)
    {
        var parts = fromPage.Split('/').SkipLast(1).ToList();
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }
}
