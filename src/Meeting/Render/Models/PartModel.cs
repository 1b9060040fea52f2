using Meeting.Model;
using Meeting.Parse;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>A part: its lead, its items (each linking to its page), its closing; for attendees, the groups by role.</summary>
internal static class PartModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var m = view.Page.Meeting!.Report;
        var section = view.Page.Section!;
        var first = section.Sentences.FirstOrDefault();
        return new Dictionary<string, object?>
        {
            ["kind"] = section.Kind.ToString().ToLowerInvariant(),
            ["title"] = section.Title,
            ["lead"] = SentenceModel.Block(view, section.Lead),
            ["items"] = section.Items.Select(i => (object?)new Dictionary<string, object?>
            {
                ["numeral"] = ChineseNumerals.Format(i.Ordinal),
                ["title"] = SitePlanner.ItemTitle(view.Strings, section, i),
                ["heading"] = i.Heading,
                ["href"] = view.Href(SitePaths.Item(m, section, i)),
                ["sentences"] = SentenceModel.Block(view, i.Sentences),
            }).ToList(),
            ["closing"] = SentenceModel.Block(view, section.Closing),
            ["in_text"] = first is null ? null : view.Href(SitePaths.Sentence(m, first.Id)),
            ["format"] = section.Kind == SectionKind.Attendees ? m.Format : null,
            ["roles"] = section.Kind == SectionKind.Attendees ? Roles(view, m) : new List<object?>(),
        };
    }

    private static List<object?> Roles(PageView view, MeetingReport m) =>
        AttendeeRoles.All
            .Select(role => (Role: role, Groups: m.Attendees.Where(a => a.Role == role).ToList()))
            .Where(r => r.Groups.Count > 0)
            .Select(r => (object?)new Dictionary<string, object?>
            {
                ["role"] = r.Role,
                ["heading"] = view.Strings.Format("attendees_role", ("role", r.Role)),
                // The groups are named, not linked: the sentences that name them are on this page, below.
                ["groups"] = r.Groups.Select(g => (object?)new Dictionary<string, object?> { ["name"] = g.Name }).ToList(),
            }).ToList();
}
