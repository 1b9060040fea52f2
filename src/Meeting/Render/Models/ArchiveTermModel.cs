using System.Globalization;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>A term across the archive: how often each meeting uses it, in date order, as a table with a bar (meter) per meeting.</summary>
internal static class ArchiveTermModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var term = view.Page.ArchiveTerm!;
        var most = term.Meetings.Max(m => m.Count);
        return new Dictionary<string, object?>
        {
            ["term"] = term.Term,
            ["total"] = term.Total,
            ["max"] = most,
            ["rows"] = term.Meetings.Select(m => (object?)new Dictionary<string, object?>
            {
                ["title"] = m.MeetingTitle,
                ["date"] = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? view.Strings["undated"],
                ["iso"] = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["count"] = m.Count,
                ["href"] = view.Href(SitePaths.Term(m.MeetingSlug, term.Slug)),
            }).ToList(),
            ["index"] = view.Href(SitePaths.ArchiveKeywords),
        };
    }
}
