using Meeting.Index;
using Meeting.Model;

namespace Meeting.Plan;

/// <summary>A part of a meeting as the archive knows it without the text: its folder and its items' numbers.</summary>
public sealed record SectionOutline(string Slug, IReadOnlyList<int> Items);

/// <summary>
/// What the archive keeps of a meeting while the others are built: enough for the root pages, the archive-wide
/// keyword index, the feed, the neighbours' previous/next and the names of every page of the meeting, and
/// nothing of its text beyond the opening. A build holds one of these per meeting and the full model of only the
/// meetings it is rendering at the moment, so its memory grows with the largest meeting, not with the archive.
/// <see cref="ModelHash"/> names the model and keyword index it was taken from.
/// </summary>
public sealed record MeetingSummary(
    string SourcePath,
    string Slug,
    string Title,
    DateOnly? Date,
    string? Place,
    Publication Publication,
    string Opening,
    int Tasks,
    int Requirements,
    IReadOnlyList<SectionOutline> Sections,
    IReadOnlyList<TermCount> Terms,
    string ModelHash)
{
    /// <summary>True when the editor chose the slug in front matter; then <see cref="SlugLine"/> is the line that says it.</summary>
    public bool SlugChosen { get; init; }

    public int SlugLine { get; init; }

    public static MeetingSummary Of(MeetingReport m, KeywordIndex index, string modelHash) => new(
        m.Source.Path,
        m.Slug,
        m.Title,
        m.Date,
        m.Place,
        m.Publication,
        OpeningOf(m),
        m.Find(SectionKind.Tasks)?.Items.Count ?? 0,
        m.Find(SectionKind.Requirements)?.Items.Count ?? 0,
        m.Sections.Select(s => new SectionOutline(s.Slug, s.Items.Select(i => i.Ordinal).ToList())).ToList(),
        index.Terms.Select(t => new TermCount(t.Term, t.Slug, t.Letter, t.Count)).ToList(),
        modelHash)
    {
        SlugChosen = m.SlugChosen,
        SlugLine = m.SlugChosen ? m.Source.Text.Split('\n').TakeWhile(l => !l.StartsWith("slug:", StringComparison.Ordinal)).Count() + 1 : 0,
    };

    /// <summary>The meeting's summary as its home and the feed show it: the opening paragraph, else the first paragraph.</summary>
    public static string OpeningOf(MeetingReport meeting) =>
        meeting.Find(SectionKind.Opening) is { } opening
            ? string.Concat(opening.Sentences.Select(s => s.Text))
            : string.Concat(meeting.Paragraphs.FirstOrDefault()?.Sentences.Select(s => s.Text) ?? []);

    /// <summary>Every page of the meeting, in reading order, as <see cref="SitePlanner"/> lays them out.</summary>
    public IEnumerable<string> PagePaths()
    {
        yield return SitePaths.Home(Slug);
        foreach (var section in Sections)
        {
            yield return SitePaths.Part(Slug, section.Slug);
            foreach (var ordinal in section.Items)
            {
                yield return SitePaths.Item(Slug, section.Slug, ordinal);
            }
        }

        yield return SitePaths.FullText(Slug);
        yield return SitePaths.Keywords(Slug);
        foreach (var term in Terms)
        {
            yield return SitePaths.Term(Slug, term.Slug);
        }
    }

    /// <summary>The meeting's files beside its pages: its data and its citation.</summary>
    public IEnumerable<string> DataPaths() => [SitePaths.Data(Slug), SitePaths.Citations(Slug)];

    /// <summary>The meeting's first page in reading order (its home).</summary>
    public PageLink FirstPage => new(SitePaths.Home(Slug), Title);

    /// <summary>The meeting's last page in reading order: its last term, else its keyword index.</summary>
    public PageLink LastPage(string keywordIndexTitle) =>
        Terms.Count > 0 ? new PageLink(SitePaths.Term(Slug, Terms[^1].Slug), Terms[^1].Term) : new PageLink(SitePaths.Keywords(Slug), keywordIndexTitle);
}
