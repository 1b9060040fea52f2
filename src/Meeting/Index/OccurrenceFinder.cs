using Meeting.Model;

namespace Meeting.Index;

/// <summary>
/// Finds where a term occurs: exact, ordinal matches of each of its written forms in each sentence's text (a
/// match never crosses sentences). Matches of the same term may overlap (aaa holds aa twice); where one form's
/// match lies inside another form's match of the same term (an alias that contains the term), that place is
/// counted once, as the longer form.
/// </summary>
public static class OccurrenceFinder
{
    public static IReadOnlyList<Occurrence> Find(IEnumerable<string> forms, IReadOnlyList<Sentence> sentences)
    {
        var distinctForms = forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var occurrences = new List<Occurrence>();
        foreach (var sentence in sentences)
        {
            var matches = distinctForms
                .SelectMany(form => MatchesOf(form, sentence))
                .OrderByDescending(m => m.Length)
                .ThenBy(m => m.Offset)
                .ToList();
            var kept = new List<Occurrence>();
            foreach (var match in matches)
            {
                var insideLonger = kept.Any(k =>
                    k.Length > match.Length && k.Offset <= match.Offset && match.Offset + match.Length <= k.Offset + k.Length);
                if (!insideLonger)
                {
                    kept.Add(match);
                }
            }

            occurrences.AddRange(kept.OrderBy(o => o.Offset).ThenByDescending(o => o.Length));
        }

        return occurrences;
    }

    private static IEnumerable<Occurrence> MatchesOf(string form, Sentence sentence)
    {
        var at = sentence.Text.IndexOf(form, StringComparison.Ordinal);
        while (at >= 0)
        {
            yield return new Occurrence(sentence.Id, at, form.Length, form);
            at = sentence.Text.IndexOf(form, at + 1, StringComparison.Ordinal);
        }
    }
}
