namespace Meeting.Plan;

/// <summary>Every page of the site, in reading order, and the meetings newest first.</summary>
public sealed record SitePlan(IReadOnlyList<SiteMeeting> Meetings, IReadOnlyList<PlannedPage> Pages, Index.ArchiveIndex Archive)
{
    private readonly Dictionary<string, int> _positions =
        Meetings.Select((m, i) => (m.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);

    /// <summary>
    /// Where the site will be published (ending in a slash), or null: then nothing absolute is written and the
    /// site works from disk.
    /// </summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Where a meeting stands among <see cref="Meetings"/> (newest first): pages of large archives look this up often.</summary>
    public int PositionOf(string slug) => _positions[slug];
}
