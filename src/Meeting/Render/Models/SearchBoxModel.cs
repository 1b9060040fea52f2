using Meeting.Plan;
using Meeting.Search;

namespace Meeting.Render.Models;

/// <summary>
/// The search box of the header: the script, the search page, the index's manifest, and on a meeting's pages the
/// meeting (its pages search it first). The search page has its own box, so the header's is left out there.
/// </summary>
internal static class SearchBoxModel
{
    public static Dictionary<string, object?> Build(PageView view) => new()
    {
        ["script"] = view.Href(SearchPaths.Script),
        ["page"] = view.Href(SearchPaths.Page),
        ["index"] = view.Href(SearchPaths.FileOf(SearchPaths.ManifestKey)),
        ["meeting"] = view.Page.Meeting?.Slug,
        ["header"] = view.Page.Kind != PageKind.Search,
    };
}
