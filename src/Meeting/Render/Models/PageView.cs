using Meeting.Load;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>What every page model needs: the plan, the strings, the page, and links relative to the page.</summary>
internal sealed record PageView(SitePlan Plan, InterfaceStrings Strings, PlannedPage Page)
{
    /// <summary>The meeting the page belongs to; pages outside any meeting use the newest one for navigation.</summary>
    public SiteMeeting? Meeting => Page.Meeting ?? Plan.Meetings.FirstOrDefault();

    public string Href(string sitePath) => RelativeUrl.From(Page.Path, sitePath);

    public Dictionary<string, object?> Link(PageLink link) => new() { ["title"] = link.Title, ["href"] = Href(link.Path) };

    public Dictionary<string, object?> Link(string title, string sitePath) => new() { ["title"] = title, ["href"] = Href(sitePath) };
}
