using Meeting.Index;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// A term's page: every occurrence in context (the clause, the term marked), grouped by part and by place in
/// reading order, each linking to its sentence; then related and see-also terms.
/// </summary>
internal static class TermModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var meeting = view.Page.Meeting!;
        var m = meeting.Report;
        var term = view.Page.Term!;
        var sentences = m.Sentences.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Dictionary<string, object?> Line(Occurrence o)
        {
            var kwic = Kwic.Of(sentences[o.SentenceId], o);
            return new Dictionary<string, object?>
            {
                ["href"] = view.Href(SitePaths.Sentence(m, o.SentenceId)),
                ["before"] = kwic.Before,
                ["match"] = kwic.Match,
                ["after"] = kwic.After,
                ["cut_before"] = kwic.CutBefore,
                ["cut_after"] = kwic.CutAfter,
            };
        }

        // By part, then by place within the part, each place named once above its lines. A part without items
        // is a single place: its lines need no label beneath the part's heading.
        var groups = meeting.Places.Group(term.Occurrences).Select(part => (object?)new Dictionary<string, object?>
        {
            ["part"] = part.Section?.Title ?? m.Title,
            ["labelled"] = part.Section is { Items.Count: > 0 },
            ["places"] = part.Places.Select(place => (object?)new Dictionary<string, object?>
            {
                ["label"] = place.Role switch
                {
                    PlaceRole.Item => SitePlanner.ItemTitle(view.Strings, part.Section!, place.Item!),
                    PlaceRole.Lead => view.Strings["part_lead"],
                    _ => view.Strings["part_closing"],
                },
                ["href"] = place.Item is null ? null : view.Href(SitePaths.Item(m, part.Section!, place.Item)),
                ["lines"] = place.Occurrences.Select(o => (object?)Line(o)).ToList(),
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
