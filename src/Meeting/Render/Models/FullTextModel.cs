using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>The report as published: its paragraphs, every sentence addressable, each paragraph noting its part.</summary>
internal static class FullTextModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var m = view.Page.Meeting!.Report;
        return new Dictionary<string, object?>
        {
            ["title"] = m.Title,
            ["paragraphs"] = m.Paragraphs.Select(p =>
            {
                var section = m.Sections.FirstOrDefault(s => s.Paragraphs.Contains(p.Number));
                return (object?)new Dictionary<string, object?>
                {
                    ["id"] = $"p{p.Number}",
                    ["number"] = p.Number,
                    ["sentences"] = SentenceModel.Block(view, p.Sentences),
                    ["part"] = section is null ? null : view.Link(section.Title, SitePaths.Part(m, section)),
                };
            }).ToList(),
        };
    }
}
