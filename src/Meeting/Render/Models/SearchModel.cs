using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>The search page: where the keyword index is, the way in for a reader without script or without results.</summary>
internal static class SearchModel
{
    public static Dictionary<string, object?> Build(PageView view) => new()
    {
        ["index"] = view.Plan.Meetings.Count switch
        {
            0 => null,
            1 => view.Href(SitePaths.Keywords(view.Plan.Meetings[0].Slug)),
            _ => view.Href(SitePaths.ArchiveKeywords),
        },
    };
}
