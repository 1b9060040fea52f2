using Meeting.Load;
using Meeting.Plan;

namespace Meeting.Search;

/// <summary>The search page at the root: outside the reading order (no previous/next), reached by the search box.</summary>
public static class SearchPage
{
    public static PlannedPage Plan(PageLink root, InterfaceStrings strings) =>
        new(PageKind.Search, SearchPaths.Page, strings["search"], null, null, null, null,
            [root, new PageLink(SearchPaths.Page, strings["search"])]);
}
