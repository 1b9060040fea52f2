using System.Globalization;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>The archive root: meetings grouped by year, newest first, with what each holds.</summary>
internal static class ArchiveModel
{
    public static Dictionary<string, object?> Build(PageView view) => new()
    {
        ["count"] = view.Plan.Meetings.Count,
        ["years"] = view.Plan.Meetings
            .GroupBy(m => m.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? view.Strings["undated"])
            .Select(g => (object?)new Dictionary<string, object?>
            {
                ["year"] = g.Key,
                ["meetings"] = g.Select(m => (object?)Entry(view, m)).ToList(),
            }).ToList(),
    };

    public static Dictionary<string, object?> Entry(PageView view, MeetingSummary m) => new()
    {
        ["title"] = m.Title,
        ["href"] = view.Href(SitePaths.Home(m.Slug)),
        ["date"] = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["place"] = m.Place,
        ["tasks"] = m.Tasks,
        ["requirements"] = m.Requirements,
    };
}
