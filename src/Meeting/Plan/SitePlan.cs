using Meeting.Index;

namespace Meeting.Plan;

/// <summary>
/// The site as planned before any meeting is rendered: the meetings newest first, as summaries; the pages of the
/// archive itself (the root, the archive-wide keyword index, the not-found page), chained in reading order; and
/// the archive-wide index. A meeting's own pages are planned when it is rendered
/// (<see cref="SitePlanner.MeetingPages"/>), from its model and from its neighbours here.
/// </summary>
public sealed record SitePlan(IReadOnlyList<MeetingSummary> Meetings, IReadOnlyList<PlannedPage> RootPages, ArchiveIndex Archive)
{
    private readonly Dictionary<string, int> _positions =
        Meetings.Select((m, i) => (m.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);

    /// <summary>
    /// Where the site will be published (ending in a slash), or null: then nothing absolute is written and the
    /// site works from disk.
    /// </summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The title of a meeting's keyword index page, which ends a meeting without terms.</summary>
    public required string KeywordIndexTitle { get; init; }

    /// <summary>Where a meeting stands among <see cref="Meetings"/> (newest first): pages of large archives look this up often.</summary>
    public int PositionOf(string slug) => _positions[slug];

    /// <summary>The page before the meeting's home in reading order: the last page of the newer meeting, or the root.</summary>
    public PageLink Before(int position) => position > 0 ? Meetings[position - 1].LastPage(KeywordIndexTitle) : RootPages[0].Link;

    /// <summary>The page after the meeting's last page: the older meeting's home, or the archive-wide index, or none.</summary>
    public PageLink? After(int position) =>
        position < Meetings.Count - 1 ? Meetings[position + 1].FirstPage : RootPages.FirstOrDefault(p => p.Kind == PageKind.ArchiveKeywords)?.Link;

    /// <summary>Every page of the site in reading order (the root, each meeting's pages, the archive's index), then the pages outside it.</summary>
    public IEnumerable<string> PagePaths() =>
        RootPages.Take(1).Select(p => p.Path)
            .Concat(Meetings.SelectMany(m => m.PagePaths()))
            .Concat(RootPages.Skip(1).Select(p => p.Path));
}
