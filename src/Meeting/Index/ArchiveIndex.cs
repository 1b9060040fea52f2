using Meeting.Model;

namespace Meeting.Index;

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
    public static ArchiveIndex Build(IReadOnlyList<(MeetingReport Meeting, KeywordIndex Index)> meetings)
    {
        var inDateOrder = meetings
            .OrderBy(m => m.Meeting.Date is null)
            .ThenBy(m => m.Meeting.Date)
            .ThenBy(m => m.Meeting.Slug, StringComparer.Ordinal)
            .ToList();

        var terms = inDateOrder
            .SelectMany(m => m.Index.Terms.Select(t => (m.Meeting, Term: t)))
            .GroupBy(x => x.Term.Term, StringComparer.Ordinal)
            .OrderBy(g => g.Key, IndexOrder.Instance)
            .Select(g => new ArchiveTerm(
                g.Key,
                TermSlug.Of(g.Key),
                IndexLetter.Of(g.Key),
                g.Select(x => new MeetingCount(x.Meeting.Slug, x.Meeting.Title, x.Meeting.Date, x.Term.Count)).ToList()))
            .ToList();

        return new ArchiveIndex(terms);
    }
}
