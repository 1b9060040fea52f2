using Meeting.Index;
using Meeting.Model;

namespace Meeting.Plan;

/// <summary>
/// A page to render: where it goes (<see cref="Path"/>, relative to the site root, forward slashes), its title,
/// what it shows, and how a reader gets around from it.
/// </summary>
public sealed record PlannedPage(
    PageKind Kind,
    string Path,
    string Title,
    SiteMeeting? Meeting,
    Section? Section,
    Item? Item,
    TermEntry? Term,
    IReadOnlyList<PageLink> Breadcrumbs)
{
    public PageLink? Previous { get; init; }

    public PageLink? Next { get; init; }

    public PageLink Link => new(Path, Title);
}
