using System.Globalization;

namespace Meeting.Search;

/// <summary>
/// The index is cut by date into volumes of <see cref="SearchIndexOptions.VolumeYears"/> years each, so that a change
/// to one meeting rewrites only its own volume's shards, and a query loads one shard per piece per volume. Within a
/// volume meetings are numbered oldest first (same day: slug descending), so a new meeting, usually the newest,
/// takes the next number and leaves the others' postings in place, and numbers read backwards give the archive's
/// own order, newest first. Volumes are listed newest first, undated meetings last.
/// </summary>
public sealed record SearchVolume(string Id, IReadOnlyList<string> Meetings)
{
    public const string Undated = "undated";

    /// <summary>How many meetings a list of a volume's meetings holds: a result loads only the list it needs.</summary>
    public const int MeetingsPerList = 256;

    public static string IdOf(DateOnly? day, int years)
    {
        if (day is not { } date)
        {
            return Undated;
        }

        var first = date.Year - (date.Year % years);
        return years == 1
            ? first.ToString("D4", CultureInfo.InvariantCulture)
            : $"{first.ToString("D4", CultureInfo.InvariantCulture)}-{(first + years - 1).ToString("D4", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The volumes of the meetings (slug and day), each listing its meetings' slugs in the order the postings number them.</summary>
    public static IReadOnlyList<SearchVolume> Of(IEnumerable<(string Slug, DateOnly? Date)> meetings, int years) =>
        meetings
            .GroupBy(m => IdOf(m.Date, years), StringComparer.Ordinal)
            .OrderBy(g => g.Key == Undated)
            .ThenByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SearchVolume(g.Key, g
                .OrderBy(m => m.Date)
                .ThenByDescending(m => m.Slug, StringComparer.Ordinal)
                .Select(m => m.Slug)
                .ToList()))
            .ToList();
}
