using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// The archive-wide keyword index: the same A–Z jump bar as a meeting's index, then every term of every meeting by
/// letter, with its total and how many meetings use it.
/// </summary>
internal static class ArchiveKeywordsModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var terms = view.Plan.Archive.Terms;
        var present = terms.Select(t => t.Letter).Distinct().ToList();
        return new Dictionary<string, object?>
        {
            ["count"] = terms.Count,
            ["letters"] = LetterBar.Links(present),
            // In the bar's order (A–Z, then #), as a meeting's index has them.
            ["groups"] = terms.GroupBy(t => t.Letter).OrderBy(g => LetterBar.Letters(present).IndexOf(g.Key)).Select(g => (object?)new Dictionary<string, object?>
            {
                ["letter"] = g.Key,
                ["id"] = LetterBar.Id(g.Key),
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
