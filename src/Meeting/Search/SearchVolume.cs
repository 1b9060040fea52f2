using System.Globalization;
using Meeting.Model;

namespace Meeting.Search;

/// <summary>
/// The index is cut by year into volumes, so that a change to one meeting rewrites only its own year's shards.
/// Within a volume meetings are numbered oldest first: a new meeting, usually the newest, takes the next number
/// and leaves the others' postings as they were. Volumes are listed newest first, undated meetings last.
/// </summary>
public sealed record SearchVolume(string Id, IReadOnlyList<MeetingReport> Meetings)
{
    public const string Undated = "undated";

    public static string IdOf(MeetingReport meeting) =>
        meeting.Date is { } date ? date.Year.ToString("D4", CultureInfo.InvariantCulture) : Undated;

    public static IReadOnlyList<SearchVolume> Of(IEnumerable<MeetingReport> meetings) =>
        meetings
            .GroupBy(IdOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key == Undated)
            .ThenByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SearchVolume(g.Key, g
                .OrderBy(m => m.Date)
                .ThenBy(m => m.Slug, StringComparer.Ordinal)
                .ToList()))
            .ToList();
}
