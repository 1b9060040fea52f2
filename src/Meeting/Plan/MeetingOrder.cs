namespace Meeting.Plan;

/// <summary>Meetings newest first; undated ones last; ties by slug, so the order is total and builds repeat.</summary>
public static class MeetingOrder
{
    public static IReadOnlyList<MeetingSummary> NewestFirst(IEnumerable<MeetingSummary> meetings) =>
        NewestFirst(meetings, m => m.Date, m => m.Slug);

    /// <summary>The same order for anything that has a meeting's day and slug.</summary>
    public static IReadOnlyList<T> NewestFirst<T>(IEnumerable<T> meetings, Func<T, DateOnly?> date, Func<T, string> slug) =>
        meetings
            .OrderByDescending(m => date(m) ?? DateOnly.MinValue)
            .ThenBy(slug, StringComparer.Ordinal)
            .ToList();
}
