namespace Meeting.Check;

/// <summary>
/// Where a link of a page leads: the site file it names (relative links resolved against the page's folder,
/// percent-escapes decoded) and its #anchor. Links to other sites (https:, mailto:) lead nowhere we check.
/// </summary>
public readonly record struct LinkTarget(string? Path, string? Anchor, string? Problem)
{
    public static LinkTarget Of(string fromPage, string href, IReadOnlySet<string> files)
    {
        if (href.StartsWith("//", StringComparison.Ordinal) || (href.IndexOf(':') is var colon and > 0 && href[..colon].All(char.IsAsciiLetter)))
        {
            return new LinkTarget(null, null, null);
        }

        var hash = href.IndexOf('#');
        var (path, anchor) = hash >= 0 ? (href[..hash], Uri.UnescapeDataString(href[(hash + 1)..])) : (href, null);
        if (path.Contains('?'))
        {
            return Broken("a query string has no meaning on a static site");
        }

        var target = path.Length == 0 ? fromPage : Combine(fromPage, Uri.UnescapeDataString(path));
        if (target is null)
        {
            return Broken("it leads outside the site");
        }

        if (!files.Contains(target))
        {
            var folder = target + "/";
            return Broken(path.EndsWith('/') || files.Any(f => f.StartsWith(folder, StringComparison.Ordinal))
                ? "it names a folder; from disk a browser shows a folder listing, so name the file (…/index.html)"
                : "no such file in the site");
        }

        return new LinkTarget(target, string.IsNullOrEmpty(anchor) ? null : anchor, null);
    }

    private static LinkTarget Broken(string problem) => new(null, null, problem);

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
