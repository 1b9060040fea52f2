namespace Meeting.Plan;

/// <summary>Meetings newest first; undated ones last; ties by slug, so the order is total and builds repeat.</summary>
public static class MeetingOrder
{
    public static IReadOnlyList<SiteMeeting> NewestFirst(IEnumerable<SiteMeeting> meetings) =>
        meetings
            .OrderByDescending(m => m.Report.Date ?? DateOnly.MinValue)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .ToList();
}
