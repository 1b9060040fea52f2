using Meeting.Model;
using Meeting.Parse;
using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// The report as published, with a way in: a table of contents, each part's heading above its first paragraph
/// and each item's start marked before its first sentence. Headings and marks stand outside the sentences, so
/// the sentences alone still read as the report, character for character.
/// </summary>
internal static class FullTextModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var m = view.Page.Meeting!.Report;
        var starts = m.Sections
            .SelectMany(s => s.Items.Where(i => i.Sentences.Count > 0).Select(i => (Id: i.Sentences[0].Id, Mark: ItemMark(view, m, s, i))))
            .ToDictionary(x => x.Id, x => x.Mark, StringComparer.Ordinal);
        return new Dictionary<string, object?>
        {
            ["title"] = m.Title,
            ["contents"] = m.Sections.Select(s => (object?)new Dictionary<string, object?>
            {
                ["title"] = s.Title,
                ["href"] = "#" + PartId(s),
                ["items"] = s.Items.Select(i => (object?)new Dictionary<string, object?>
                {
                    ["numeral"] = ChineseNumerals.Format(i.Ordinal),
                    ["heading"] = i.Heading,
                    ["href"] = "#" + ItemId(s, i),
                }).ToList(),
            }).ToList(),
            ["paragraphs"] = m.Paragraphs.Select(p => (object?)new Dictionary<string, object?>
            {
                ["id"] = $"p{p.Number}",
                ["number"] = p.Number,
                // A part's heading goes above the paragraph it begins in.
                ["headings"] = m.Sections
                    .Where(s => s.Paragraphs.Count > 0 && s.Paragraphs.Min() == p.Number)
                    .Select(s => (object?)new Dictionary<string, object?>
                    {
                        ["id"] = PartId(s),
                        ["title"] = s.Title,
                        ["href"] = view.Href(SitePaths.Part(m, s)),
                    }).ToList(),
                ["sentences"] = SentenceModel.Block(view, p.Sentences)
                    .Cast<Dictionary<string, object?>>()
                    .Select(s =>
                    {
                        s["item"] = starts.GetValueOrDefault((string)s["id"]!);
                        return (object?)s;
                    }).ToList(),
            }).ToList(),
        };
    }

    // The mark before an item's first sentence: its numeral, linking to the item's own page.
    private static Dictionary<string, object?> ItemMark(PageView view, MeetingReport m, Section s, Item i) => new()
    {
        ["id"] = ItemId(s, i),
        ["numeral"] = ChineseNumerals.Format(i.Ordinal),
        ["title"] = SitePlanner.ItemTitle(view.Strings, s, i),
        ["href"] = view.Href(SitePaths.Item(m, s, i)),
    };

    // Sentence ids are s4-12 and paragraph ids p4: these cannot meet them.
    private static string PartId(Section s) => $"part-{s.Slug}";

    private static string ItemId(Section s, Item i) => $"item-{s.Slug}-{i.Ordinal}";
}
