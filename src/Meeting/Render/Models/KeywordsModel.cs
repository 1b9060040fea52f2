using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// The keyword index: an A–Z jump bar (letters without terms shown, not linked), then the terms of each letter
/// with their counts and a locator link to every occurrence.
/// </summary>
internal static class KeywordsModel
{
    private static readonly IReadOnlyList<string> Alphabet =
        Enumerable.Range('A', 26).Select(c => ((char)c).ToString()).ToList();

    public static Dictionary<string, object?> Build(PageView view)
    {
        var meeting = view.Page.Meeting!;
        var m = meeting.Report;
        var terms = meeting.Index.Terms;
        var byLetter = terms.GroupBy(t => t.Letter).ToDictionary(g => g.Key, g => g.ToList());
        var letters = Alphabet.Concat(byLetter.Keys.Where(k => !Alphabet.Contains(k)).Order(StringComparer.Ordinal)).ToList();
        return new Dictionary<string, object?>
        {
            ["count"] = terms.Count,
            ["letters"] = letters.Select(l => (object?)new Dictionary<string, object?>
            {
                ["letter"] = l,
                ["href"] = byLetter.ContainsKey(l) ? $"#letter-{LetterId(l)}" : null,
            }).ToList(),
            ["groups"] = letters.Where(byLetter.ContainsKey).Select(l => (object?)new Dictionary<string, object?>
            {
                ["letter"] = l,
                ["id"] = $"letter-{LetterId(l)}",
                ["terms"] = byLetter[l].Select(t => (object?)new Dictionary<string, object?>
                {
                    ["term"] = t.Term,
                    ["count"] = t.Count,
                    ["href"] = view.Href(SitePaths.Term(m, t)),
                    ["locators"] = t.Occurrences.Select(o => (object?)new Dictionary<string, object?>
                    {
                        ["label"] = Locator.Of(m, o.SentenceId).Label,
                        ["href"] = view.Href(SitePaths.Sentence(m, o.SentenceId)),
                    }).ToList(),
                    ["see_also"] = SeeAlso(view, meeting, t.SeeAlso),
                }).ToList(),
            }).ToList(),
        };
    }

    public static List<object?> SeeAlso(PageView view, SiteMeeting meeting, IEnumerable<string> names) =>
        names.Select(n => meeting.Index.Terms.FirstOrDefault(t => t.Term == n))
            .Where(t => t is not null)
            .Select(t => (object?)ItemModel.TermLink(view, meeting.Report, t!))
            .ToList();

    // "#" (digits and Latin letters) needs a name that is a valid, readable id.
    private static string LetterId(string letter) => letter == "#" ? "other" : letter;
}
