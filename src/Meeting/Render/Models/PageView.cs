using Meeting.Load;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>What every page model needs: the plan, the strings, the page, and links relative to the page.</summary>
internal sealed record PageView(SitePlan Plan, InterfaceStrings Strings, PlannedPage Page)
{
    /// <summary>The folder of the meeting the page belongs to; pages outside any meeting use the newest one for navigation.</summary>
    public string? MeetingSlug => Page.Meeting?.Slug ?? Plan.Meetings.FirstOrDefault()?.Slug;

    /// <summary>
    /// A link from this page. Relative, so the site works from disk and under any sub-path; except on the
    /// not-found page when the base URL is known: a host shows that page at any depth, where only absolute links hold.
    /// </summary>
    public string Href(string sitePath) =>
        Page.Kind == PageKind.NotFound && Plan.BaseUrl is { } baseUrl
            ? Publish.BaseUrl.Of(baseUrl, sitePath)
            : RelativeUrl.From(Page.Path, sitePath);

    /// <summary>The page's own absolute address, when the base URL is known.</summary>
    public string? Address => Plan.BaseUrl is { } baseUrl ? Publish.BaseUrl.Of(baseUrl, Page.Path) : null;

    public Dictionary<string, object?> Link(PageLink link) => new() { ["title"] = link.Title, ["href"] = Href(link.Path) };

    public Dictionary<string, object?> Link(string title, string sitePath) => new() { ["title"] = title, ["href"] = Href(sitePath) };
}
