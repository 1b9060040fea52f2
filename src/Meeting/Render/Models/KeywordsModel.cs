using Meeting.Plan;

namespace Meeting.Render.Models;

/// <summary>
/// The keyword index: an A–Z jump bar (letters without terms shown, not linked), then the terms of each letter
/// with their counts and one locator per place they occur in.
/// </summary>
internal static class KeywordsModel
{
    public static Dictionary<string, object?> Build(PageView view)
    {
        var meeting = view.Page.Meeting!;
        var m = meeting.Report;
        var terms = meeting.Index.Terms;
        var byLetter = terms.GroupBy(t => t.Letter).ToDictionary(g => g.Key, g => g.ToList());
        var letters = LetterBar.Letters(byLetter.Keys);
        return new Dictionary<string, object?>
        {
            ["count"] = terms.Count,
            ["letters"] = LetterBar.Links(byLetter.Keys),
            ["groups"] = letters.Where(byLetter.ContainsKey).Select(l => (object?)new Dictionary<string, object?>
            {
                ["letter"] = l,
                ["id"] = LetterBar.Id(l),
                ["terms"] = byLetter[l].Select(t => (object?)new Dictionary<string, object?>
                {
                    ["term"] = t.Term,
                    ["count"] = t.Count,
                    ["href"] = view.Href(SitePaths.Term(m, t)),
                    ["places"] = Locators(view, meeting, t),
                    ["see_also"] = SeeAlso(view, meeting, t.SeeAlso),
                }).ToList(),
            }).ToList(),
        };
    }

    // One locator per place, as a back-of-book index has it: 四项要求 (5) › 一、二、四. The part's name links to
    // the first of its own sentences (lead or closing) that holds the term, and is plain text when none does.
    private static List<object?> Locators(PageView view, SiteMeeting meeting, Index.TermEntry term)
    {
        var m = meeting.Report;
        return meeting.Places.Group(term.Occurrences).Select(part =>
        {
            var own = part.OwnOccurrences;
            return (object?)new Dictionary<string, object?>
            {
                ["part"] = part.Section?.Title ?? m.Title,
                ["href"] = own.Count > 0 ? view.Href(SitePaths.Sentence(m, own[0].SentenceId)) : null,
                ["count"] = own.Count,
                ["items"] = part.Items.Select(place => (object?)new Dictionary<string, object?>
                {
                    ["numeral"] = Parse.ChineseNumerals.Format(place.Item!.Ordinal),
                    ["label"] = SitePlanner.ItemLabel(view.Strings, part.Section!, place.Item),
                    ["href"] = view.Href(SitePaths.Sentence(m, place.Occurrences[0].SentenceId)),
                    ["count"] = place.Occurrences.Count,
                }).ToList(),
            };
        }).ToList();
    }

    public static List<object?> SeeAlso(PageView view, SiteMeeting meeting, IEnumerable<string> names) =>
        names.Select(n => meeting.Index.Terms.FirstOrDefault(t => t.Term == n))
            .Where(t => t is not null)
            .Select(t => (object?)ItemModel.TermLink(view, meeting.Report, t!))
            .ToList();
}
