using Meeting.Model;

namespace Meeting.Index;

/// <summary>How often a term occurs in one meeting, with its page's name and its letter: what the archive keeps of a meeting's index.</summary>
public sealed record TermCount(string Term, string Slug, string Letter, int Count);

/// <summary>How often a term occurs in one meeting of the archive.</summary>
public sealed record MeetingCount(string MeetingSlug, string MeetingTitle, DateOnly? Date, int Count);

/// <summary>A term across the archive: its meetings in date order (undated last), and its total count.</summary>
public sealed record ArchiveTerm(string Term, string Slug, string Letter, IReadOnlyList<MeetingCount> Meetings)
{
    public int Total => Meetings.Sum(m => m.Count);
}

/// <summary>
/// The keyword index of a whole archive (a site with many meetings): every term of every meeting, in index
/// order, with how often each meeting uses it, so a reader can follow a concept from year to year.
/// </summary>
public sealed record ArchiveIndex(IReadOnlyList<ArchiveTerm> Terms)
{
    public static ArchiveIndex Build(IReadOnlyList<(MeetingReport Meeting, KeywordIndex Index)> meetings) =>
        Build(meetings.Select(m => (m.Meeting.Slug, m.Meeting.Title, m.Meeting.Date,
            (IReadOnlyList<TermCount>)m.Index.Terms.Select(t => new TermCount(t.Term, t.Slug, t.Letter, t.Count)).ToList())).ToList());

    /// <summary>The index from what each meeting keeps of its own: its terms and their counts.</summary>
    public static ArchiveIndex Build(IReadOnlyList<(string Slug, string Title, DateOnly? Date, IReadOnlyList<TermCount> Terms)> meetings)
    {
        var inDateOrder = meetings
            .OrderBy(m => m.Date is null)
            .ThenBy(m => m.Date)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .ToList();

        var terms = inDateOrder
            .SelectMany(m => m.Terms.Select(t => (Meeting: m, Term: t)))
            .GroupBy(x => x.Term.Term, StringComparer.Ordinal)
            .OrderBy(g => g.Key, IndexOrder.Instance)
            .Select(g => new ArchiveTerm(
                g.Key,
                g.First().Term.Slug,
                g.First().Term.Letter,
                g.Select(x => new MeetingCount(x.Meeting.Slug, x.Meeting.Title, x.Meeting.Date, x.Term.Count)).ToList()))
            .ToList();

        return new ArchiveIndex(terms);
    }
}
