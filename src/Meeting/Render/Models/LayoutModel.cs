using System.Globalization;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// The values of the layout: head (with, when published, what search engines read), header navigation,
/// breadcrumbs, previous/next, source and citation, and what a printed page names.
/// </summary>
internal static class LayoutModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var page = view.Page;
        var meeting = view.MeetingSlug;
        var site = view.Strings["site_name"];
        var documentTitle = page.Kind switch
        {
            PageKind.Archive => site,
            PageKind.Home => $"{page.Title} · {site}",
            _ when page.Meeting is not null => $"{page.Title} · {page.Meeting.Report.Title} · {site}",
            _ => $"{page.Title} · {site}",
        };

        return new Dictionary<string, object?>
        {
            ["strings"] = view.Strings.All.ToDictionary(p => p.Key, p => (object?)p.Value),
            ["page"] = new Dictionary<string, object?>
            {
                ["kind"] = page.Kind.ToString().ToLowerInvariant(),
                ["title"] = page.Title,
                ["document_title"] = documentTitle,
                ["path"] = page.Path,
            },
            ["css"] = view.Href(SitePaths.Stylesheet),
            ["nav"] = new Dictionary<string, object?>
            {
                ["archive"] = view.Href(SitePaths.Archive),
                ["home"] = meeting is null ? null : view.Href(SitePaths.Home(meeting)),
                ["text"] = meeting is null ? null : view.Href(SitePaths.FullText(meeting)),
                ["index"] = meeting is null ? null : view.Href(SitePaths.Keywords(meeting)),
                ["archive_index"] = view.Plan.Meetings.Count > 1 ? view.Href(SitePaths.ArchiveKeywords) : null,
            },
            ["breadcrumbs"] = page.Breadcrumbs.Select((c, i) => new Dictionary<string, object?>
            {
                ["title"] = c.Title,
                ["href"] = i == page.Breadcrumbs.Count - 1 ? null : view.Href(c.Path),
            }).ToList(),
            ["previous"] = page.Previous is null ? null : view.Link(page.Previous),
            ["next"] = page.Next is null ? null : view.Link(page.Next),
            ["meta"] = page.Meeting is null ? new List<object?>() : MetaLine(page.Meeting.Report, page),
            ["cite"] = CitationModel.Cite(view),
            ["source"] = CitationModel.Source(view),
            ["print"] = CitationModel.Print(view),
            ["head"] = HeadModel.Build(view, documentTitle),
            ["search"] = SearchBoxModel.Build(view),
        };
    }

    private static List<object?> MetaLine(Model.MeetingReport m, PlannedPage page)
    {
        // Each value is text; the date also carries its machine form, so the template marks it as a <time>.
        static Dictionary<string, object?> Value(string text, string? date = null) => new() { ["text"] = text, ["date"] = date };
        var parts = new List<object?>();
        if (m.Date is { } date)
        {
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            parts.Add(Value(iso, iso));
        }

        parts.AddRange(new[] { m.Place, m.Format }.Where(p => p is not null).Select(p => Value(p!)));
        if (page.Section is not null && page.Kind == PageKind.Item)
        {
            parts.Add(Value(page.Section.Title));
        }

        return parts;
    }
}
