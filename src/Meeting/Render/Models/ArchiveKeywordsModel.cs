using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>The archive-wide keyword index: every term of every meeting by letter, with its total and how many meetings use it.</summary>
internal static class ArchiveKeywordsModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var terms = view.Plan.Archive.Terms;
        return new Dictionary<string, object?>
        {
            ["count"] = terms.Count,
            ["groups"] = terms.GroupBy(t => t.Letter).Select(g => (object?)new Dictionary<string, object?>
            {
                ["letter"] = g.Key,
                ["id"] = g.Key == "#" ? "letter-other" : $"letter-{g.Key}",
                ["terms"] = g.Select(t => (object?)new Dictionary<string, object?>
                {
                    ["term"] = t.Term,
                    ["total"] = t.Total,
                    ["meetings"] = t.Meetings.Count,
                    ["href"] = view.Href(SitePaths.ArchiveTerm(t.Slug)),
                }).ToList(),
            }).ToList(),
        };
    }
}
