namespace Meeting.Plan;

/// <summary>Meetings newest first; undated ones last; ties by slug, so the order is total and builds repeat.</summary>
public static class MeetingOrder
{
    public static IReadOnlyList<MeetingSummary> NewestFirst(IEnumerable<MeetingSummary> meetings) =>
        meetings
            .OrderByDescending(m => m.Date ?? DateOnly.MinValue)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .ToList();
}
