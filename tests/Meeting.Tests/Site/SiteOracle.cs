using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Meeting.Tests.Site;

/// <summary>
/// What a browser would find wrong with a built site, worked out without the generator's own checker (no
/// Meeting.Check class): every page parsed with AngleSharp, every relative link resolved by System.Uri against
/// the page's address, every #anchor looked up among the target's ids, every page walked to from the root.
/// </summary>
internal static class SiteOracle
{
    public static IReadOnlyList<string> Problems(string siteDir, string? baseUrl = null)
    {
        // An http address as a host would give the site (a file:// address would take # for part of the path).
        var root = new Uri("http://oracle.invalid/site/");
        var parser = new HtmlParser();
        var pages = SiteTree.Pages(siteDir).ToDictionary(
            f => Path.GetRelativePath(siteDir, f).Replace('\\', '/'),
            f => parser.ParseDocument(File.ReadAllText(f)),
            StringComparer.Ordinal);
        var problems = new List<string>();
        var links = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (path, document) in pages)
        {
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            problems.AddRange(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"{path}: id {g.Key} used {g.Count()} times"));
            links[path] = [];
            // A form leads to its action as a link does (the search box submits to search.html).
            foreach (var href in document.QuerySelectorAll("a[href], link[href], form[action]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!))
            {
                var target = Resolve(root, new Uri(root, path), href, baseUrl);
                if (target is null)
                {
                    continue;
                }

                var (file, fragment) = target.Value;
                if (!File.Exists(Path.Combine(siteDir, file)))
                {
                    problems.Add($"{path}: {href} leads to no file");
                    continue;
                }

                links[path].Add(file);
                if (fragment.Length > 0 && (!pages.TryGetValue(file, out var to) || to.GetElementById(fragment) is null))
                {
                    problems.Add($"{path}: {href} names no element of {file}");
                }
            }
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(reached);
        while (queue.Count > 0)
        {
            foreach (var next in links.GetValueOrDefault(queue.Dequeue()) ?? [])
            {
                if (pages.ContainsKey(next) && reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        problems.AddRange(pages.Keys.Where(p => p != "404.html" && !reached.Contains(p)).Select(p => $"{p}: no link reaches it"));
        return problems;
    }

    // The site file and fragment a link names, or null for a link to another site. With a base URL, an absolute
    // link under it is a link into the site.
    private static (string File, string Fragment)? Resolve(Uri root, Uri page, string href, string? baseUrl)
    {
        Uri target;
        if (baseUrl is not null && href.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            target = new Uri(root, href[baseUrl.Length..]);
        }
        else if (Uri.TryCreate(href, UriKind.Absolute, out _))
        {
            return null;
        }
        else
        {
            target = new Uri(page, href);
        }

        if (!root.IsBaseOf(target))
        {
            return (href, "");
        }

        var file = Uri.UnescapeDataString(root.MakeRelativeUri(new Uri(target.GetLeftPart(UriPartial.Path))).OriginalString);
        return (file, Uri.UnescapeDataString(target.Fragment.TrimStart('#')));
    }

    /// <summary>The text of the elements a selector finds, as a reader sees it.</summary>
    public static IEnumerable<string> Texts(IParentNode document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.TextContent);
}
