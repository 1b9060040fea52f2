using Meeting.Index;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// A term's page: every occurrence in context (the clause, the term marked), grouped by part in reading order,
/// each linking to its sentence; then related and see-also terms, and the previous and next term.
/// </summary>
internal static class TermModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var meeting = view.Page.Meeting!;
        var m = meeting.Report;
        var term = view.Page.Term!;
        var sentences = m.Sentences.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var groups = term.Occurrences
            .Select(o => (Occurrence: o, Where: Locator.Of(m, o.SentenceId)))
            .GroupBy(x => x.Where.Section?.Slug ?? "")
            .Select(g => (object?)new Dictionary<string, object?>
            {
                ["part"] = g.First().Where.Section?.Title ?? m.Title,
                ["lines"] = g.Select(x =>
                {
                    var kwic = Kwic.Of(sentences[x.Occurrence.SentenceId], x.Occurrence);
                    return (object?)new Dictionary<string, object?>
                    {
                        ["label"] = x.Where.Label,
                        ["href"] = view.Href(SitePaths.Sentence(m, x.Occurrence.SentenceId)),
                        ["before"] = kwic.Before,
                        ["match"] = kwic.Match,
                        ["after"] = kwic.After,
                        ["cut_before"] = kwic.CutBefore,
                        ["cut_after"] = kwic.CutAfter,
                    };
                }).ToList(),
            }).ToList();

        return new Dictionary<string, object?>
        {
            ["term"] = term.Term,
            ["count"] = term.Count,
            ["quoted"] = term.Quoted,
            ["groups"] = groups,
            ["related"] = KeywordsModel.SeeAlso(view, meeting, term.Related),
            ["see_also"] = KeywordsModel.SeeAlso(view, meeting, term.SeeAlso),
            ["index"] = view.Href(SitePaths.Keywords(m)),
            ["across"] = view.Plan.Meetings.Count > 1 ? view.Href(SitePaths.ArchiveTerm(term.Slug)) : null,
        };
    }
}
