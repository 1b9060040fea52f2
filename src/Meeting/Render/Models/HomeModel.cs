using Meeting.Parse;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>A meeting's home: its summary (the opening paragraph), speaker, and the table of contents.</summary>
internal static class HomeModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var meeting = view.Page.Meeting!;
        var m = meeting.Report;
        var opening = m.Find(Model.SectionKind.Opening);
        var ordered = view.Plan.Meetings;
        var at = view.Plan.PositionOf(m.Slug);
        return new Dictionary<string, object?>
        {
            ["title"] = m.Title,
            ["organizer"] = m.Organizer,
            ["speaker"] = m.Speaker is null ? null : new Dictionary<string, object?> { ["name"] = m.Speaker.Name, ["role"] = m.Speaker.Role },
            ["summary"] = opening is null ? null : SentenceModel.Block(view, opening.Sentences.ToList()),
            ["sections"] = m.Sections.Select(s => (object?)new Dictionary<string, object?>
            {
                ["title"] = s.Title,
                ["href"] = view.Href(SitePaths.Part(m, s)),
                ["items"] = s.Items.Select(i => (object?)new Dictionary<string, object?>
                {
                    ["numeral"] = ChineseNumerals.Format(i.Ordinal),
                    ["heading"] = i.Heading,
                    ["href"] = view.Href(SitePaths.Item(m, s, i)),
                }).ToList(),
            }).ToList(),
            ["text"] = view.Href(SitePaths.FullText(m)),
            ["index"] = view.Href(SitePaths.Keywords(m)),
            ["data"] = view.Href(SitePaths.Data(m)),
            ["citations"] = view.Href(SitePaths.Citations(m)),
            ["newer"] = at > 0 ? view.Link(ordered[at - 1].FirstPage) : null,
            ["older"] = at >= 0 && at < ordered.Count - 1 ? view.Link(ordered[at + 1].FirstPage) : null,
        };
    }
}
