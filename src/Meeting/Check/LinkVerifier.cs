using Meeting.Diagnostics;

namespace Meeting.Check;

/// <summary>
/// Checks the links of a site group by group (a meeting's pages, say), so that a large archive never holds the
/// facts of every page at once: every internal link names a file of the site (never a folder), every #anchor is
/// an id of its target page, and every page is reached by following links from the root. What it keeps between
/// groups is small: the pages each page links to, and the rare anchored link into a group not at hand.
/// </summary>
public sealed class LinkVerifier(IReadOnlySet<string> files, string root, IReadOnlySet<string> unlinkedAllowed, Func<string, PageFacts> reread)
{
    private const string Hint = "every internal link must name a file of the site, and its #anchor an id on that page";

    private readonly List<Diagnostic> _problems = [];

    // Pages and files by number, and each page's links as the numbers of the files it leads to: a few bytes a
    // link, where strings would cost a large archive hundreds of megabytes.
    private readonly string[] _files = files.Order(StringComparer.Ordinal).ToArray();
    private readonly Dictionary<string, int> _numbers = files.Order(StringComparer.Ordinal).Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> _edges = [];
    private readonly List<(string From, PageLinkRef Link, string Target, string Anchor)> _deferred = [];

    /// <summary>
    /// Checks one group of pages: what is wrong inside each, and each link that stays in the group. Returns the
    /// group's links as a later build needs them to keep the group without reading its pages (<see cref="AddKept"/>).
    /// </summary>
    public GroupLinks Add(IReadOnlyDictionary<string, PageFacts> group)
    {
        var pages = group.Keys.Order(StringComparer.Ordinal).ToList();
        var places = pages.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var hrefs = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new List<PageLinksOut>();
        foreach (var page in pages.Select(p => group[p]))
        {
            _problems.AddRange(page.Problems);
            var targets = new HashSet<int>();
            var inside = new SortedSet<int>();
            var outside = new SortedSet<int>();
            foreach (var written in page.Links.DistinctBy(l => l.Href, StringComparer.Ordinal))
            {
                var link = LinkTarget.Of(page.Path, written.Href, files);
                if (link.Problem is not null)
                {
                    _problems.Add(Broken(page.Path, written, link.Problem));
                    continue;
                }

                if (link.Path is null)
                {
                    continue;
                }

                targets.Add(_numbers[link.Path]);
                if (places.TryGetValue(link.Path, out var place))
                {
                    inside.Add(place);
                }
                else
                {
                    outside.Add(hrefs.TryGetValue(written.Href, out var known) ? known : hrefs[written.Href] = hrefs.Count);
                }

                if (link.Anchor is null)
                {
                    continue;
                }

                if (group.TryGetValue(link.Path, out var target))
                {
                    CheckAnchor(page.Path, written, target, link.Anchor);
                }
                else
                {
                    _deferred.Add((page.Path, written, link.Path, link.Anchor));
                }
            }

            _edges[_numbers[page.Path]] = [.. targets];
            links.Add(new PageLinksOut([.. inside], [.. outside]));
        }

        return new GroupLinks(pages, hrefs.OrderBy(h => h.Value).Select(h => h.Key).ToList(), links);
    }

    /// <summary>
    /// A group kept from the last build, whose pages are byte for byte those that build checked: what is inside
    /// it held then and holds now, so only the links that leave it are checked again. A link that no longer
    /// resolves is reported at its place in the page, which is read again for it.
    /// </summary>
    public void AddKept(GroupLinks group)
    {
        for (var p = 0; p < group.Pages.Count; p++)
        {
            var path = group.Pages[p];
            var targets = new HashSet<int>(group.Links[p].Internal.Select(i => _numbers[group.Pages[i]]));
            foreach (var href in group.Links[p].External.Select(i => group.Hrefs[i]))
            {
                var link = LinkTarget.Of(path, href, files);
                var written = new PageLinkRef(href, 0, 0);
                if (link.Problem is not null)
                {
                    written = reread(path).Links.FirstOrDefault(l => l.Href == href, written);
                    _problems.Add(Broken(path, written, link.Problem));
                    continue;
                }

                if (link.Path is null)
                {
                    continue;
                }

                targets.Add(_numbers[link.Path]);
                if (link.Anchor is not null)
                {
                    _deferred.Add((path, written, link.Path, link.Anchor));
                }
            }

            _edges[_numbers[path]] = [.. targets];
        }
    }

    /// <summary>Checks the anchors into other groups and which pages no link reaches; returns every problem found.</summary>
    public IReadOnlyList<Diagnostic> Finish()
    {
        foreach (var byTarget in _deferred.GroupBy(d => d.Target, StringComparer.Ordinal))
        {
            var target = _edges.ContainsKey(_numbers[byTarget.Key]) ? reread(byTarget.Key) : null;
            foreach (var (from, written, _, anchor) in byTarget)
            {
                if (target is null)
                {
                    _problems.Add(Broken(from, Placed(from, written), $"{byTarget.Key} is not a page"));
                }
                else
                {
                    CheckAnchor(from, written, target, anchor);
                }
            }
        }

        var reached = Reached();
        _problems.AddRange(_edges.Keys
            .Where(p => !reached.Contains(p))
            .Select(p => _files[p])
            .Where(p => !unlinkedAllowed.Contains(p))
            .Order(StringComparer.Ordinal)
            .Select(p => Diagnostic.About(p, "no link leads to this page", "link it from another page, or stop writing it")));

        // Groups may come in any order; the report does not depend on it.
        return _problems
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
    }

    private void CheckAnchor(string from, PageLinkRef written, PageFacts target, string anchor)
    {
        if (!target.Ids.Contains(anchor))
        {
            _problems.Add(Broken(from, Placed(from, written), $"no id `{anchor}` in {target.Path}"));
        }
    }

    // A link of a kept page carries no place until it is found wrong; then the page is read again for it.
    private PageLinkRef Placed(string from, PageLinkRef written) =>
        written.Line > 0 ? written : reread(from).Links.FirstOrDefault(l => l.Href == written.Href, written);

    private static Diagnostic Broken(string page, PageLinkRef link, string why) =>
        Diagnostic.Error(page, link.Line, link.Column, $"broken link `{link.Href}`: {why}", Hint);

    private HashSet<int> Reached()
    {
        var reached = new HashSet<int>();
        var queue = new Queue<int>();
        if (_numbers.TryGetValue(root, out var start) && _edges.ContainsKey(start) && reached.Add(start))
        {
            queue.Enqueue(start);
        }

        while (queue.Count > 0)
        {
            foreach (var next in _edges[queue.Dequeue()])
            {
                if (_edges.ContainsKey(next) && reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return reached;
    }
}

/// <summary>
/// The links of a group of pages as a later build needs them to keep the group unread: its pages (sorted), and
/// for each, the pages of the group it links to (by place in <see cref="Pages"/>) and the links that leave the
/// group (by place in <see cref="Hrefs"/>, each href once).
/// </summary>
public sealed record GroupLinks(IReadOnlyList<string> Pages, IReadOnlyList<string> Hrefs, IReadOnlyList<PageLinksOut> Links);

/// <summary>One page's links: inside its group, and out of it.</summary>
public sealed record PageLinksOut(int[] Internal, int[] External);
