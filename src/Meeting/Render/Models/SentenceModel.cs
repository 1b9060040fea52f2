using Meeting.Index;
using Meeting.Model;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// Sentences as a template shows them: each an element with its id, cut into runs of text where the first
/// occurrence of each term in the block links to its term page.
/// </summary>
internal static class SentenceModel
{
    public static List<object?> Block(PageView view, IReadOnlyList<Sentence> block)
    {
        var meeting = view.Page.Meeting!;
        var runs = TermLinker.Link(block, meeting.Index);
        return block.Select(s => (object?)new Dictionary<string, object?>
        {
            ["id"] = s.Id,
            ["in_text"] = view.Href(SitePaths.Sentence(meeting.Report, s.Id)),
            ["runs"] = runs[s.Id].Select(r => (object?)new Dictionary<string, object?>
            {
                ["text"] = r.Text,
                ["href"] = r.Term is null ? null : view.Href(SitePaths.Term(meeting.Report, r.Term)),
            }).ToList(),
        }).ToList();
    }
}
