namespace Meeting.Render.Models;

/// <summary>The not-found page. It is served from any depth by a host, so its links go from the root.</summary>
internal static class NotFoundModel
{
    public static Dictionary<string, object?> Build(PageView view) => new()
    {
        ["archive"] = view.Href(Plan.SitePaths.Archive),
        ["index"] = view.MeetingSlug is null ? null : view.Href(Plan.SitePaths.Keywords(view.MeetingSlug)),
    };
}
