using Meeting.Index;
using Meeting.Parse;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// An item: its text, its terms, and the way up to its part. Previous and next item are the footer's pager
/// (reading order), not a second list on the page.
/// </summary>
internal static class ItemModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var meeting = view.Page.Meeting!;
        var m = meeting.Report;
        var section = view.Page.Section!;
        var item = view.Page.Item!;
        var ids = item.Sentences.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        return new Dictionary<string, object?>
        {
            ["numeral"] = ChineseNumerals.Format(item.Ordinal),
            ["marker"] = item.Marker,
            ["heading"] = item.Heading,
            ["sentences"] = SentenceModel.Block(view, item.Sentences),
            ["in_text"] = view.Href(SitePaths.Sentence(m, item.Sentences[0].Id)),
            ["part"] = view.Link(section.Title, SitePaths.Part(m, section)),
            ["terms"] = meeting.Index.Terms
                .Where(t => t.Occurrences.Any(o => ids.Contains(o.SentenceId)))
                .Select(t => (object?)TermLink(view, m, t))
                .ToList(),
        };
    }

    public static Dictionary<string, object?> TermLink(PageView view, Model.MeetingReport m, TermEntry t) => new()
    {
        ["term"] = t.Term,
        ["count"] = t.Count,
        ["href"] = view.Href(SitePaths.Term(m, t)),
    };
}
