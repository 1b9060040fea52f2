using System.Globalization;
using Meeting.Export;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// Where the text comes from and how to cite the page: the publication as front matter or the saved page gives
/// it (never the file name), a GB/T 7714-2015 reference, and what a printed page shows at its top and foot.
/// </summary>
internal static class CitationModel
{
    /// <summary>The publisher, the day and the original article, or null when none of them is known.</summary>
    public static Dictionary<string, object?>? Source(PageView view)
    {
        var publication = view.Page.Meeting?.Report.Publication;
        if (publication is null || !publication.IsKnown)
        {
            return null;
        }

        return new Dictionary<string, object?>
        {
            ["publisher"] = publication.Publisher,
            ["published"] = publication.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = publication.Url,
        };
    }

    /// <summary>The page as a reference; none for the not-found page, which is no place to cite.</summary>
    public static string? Cite(PageView view)
    {
        var page = view.Page;
        if (page.Kind == PageKind.NotFound)
        {
            return null;
        }

        var accessed = view.Strings["citation_accessed"];
        if (page.Meeting is not { Report: var m })
        {
            // A page of the whole archive: the archive is its title.
            var within = page.Breadcrumbs.Skip(1).Select(c => c.Title).ToList();
            return Gbt7714Citation.Format(null, view.Strings["site_name"], within, null, accessed, view.Address);
        }

        // The report's title, then where in it the page is: the breadcrumbs after the meeting's home, the last
        // one as the page's full title (第五项任务：不断开辟…, not only 第五项任务).
        var trail = page.Breadcrumbs.Skip(2).Select(c => c.Title).ToList();
        if (trail.Count > 0)
        {
            trail[^1] = page.Title;
        }

        return Gbt7714Citation.Format(m.Publication.Publisher, m.Title, trail, m.Publication.Published, accessed,
            view.Address ?? m.Publication.Url);
    }

    /// <summary>What a printed page names at its top (the meeting and its date) and its foot (the page's address).</summary>
    public static Dictionary<string, object?> Print(PageView view)
    {
        var m = view.Page.Meeting?.Report;
        return new Dictionary<string, object?>
        {
            ["meeting"] = m?.Title,
            ["date"] = m?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["address"] = view.Address ?? view.Page.Path,
        };
    }
}
