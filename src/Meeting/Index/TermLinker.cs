using Meeting.Model;

namespace Meeting.Index;

/// <summary>
/// Cuts the sentences of one block (a paragraph or an item) into runs, marking the first occurrence of each term
/// in the block as a link, so a text page links each term once per block instead of cluttering every line.
/// The text is first cut into terms where they nest or overlap the longest match wins (教育强国建设规划纲要 is one
/// link, not 教育强国 plus the rest), and runs never overlap; the runs of a sentence give back its text exactly.
/// </summary>
public static class TermLinker
{
    public static IReadOnlyDictionary<string, IReadOnlyList<TextRun>> Link(IEnumerable<Sentence> block, KeywordIndex index)
    {
        var occurrencesBySentence = index.Terms
            .SelectMany(term => term.Occurrences.Select(occurrence => (Term: term, Occurrence: occurrence)))
            .ToLookup(x => x.Occurrence.SentenceId);

        var linkedInBlock = new HashSet<string>(StringComparer.Ordinal);
        var runs = new Dictionary<string, IReadOnlyList<TextRun>>(StringComparer.Ordinal);
        foreach (var sentence in block)
        {
            var matches = LongestMatches(sentence, occurrencesBySentence[sentence.Id]);
            runs[sentence.Id] = Cut(sentence.Text, matches, linkedInBlock);
        }

        return runs;
    }

    /// <summary>Non-overlapping matches, longest first, then leftmost; only those that really stand in this sentence's text.</summary>
    private static List<(TermEntry Term, Occurrence Occurrence)> LongestMatches(Sentence sentence, IEnumerable<(TermEntry Term, Occurrence Occurrence)> candidates)
    {
        var chosen = new List<(TermEntry Term, Occurrence Occurrence)>();
        var ordered = candidates
            .Where(c => c.Occurrence.Offset + c.Occurrence.Length <= sentence.Text.Length
                && string.CompareOrdinal(sentence.Text, c.Occurrence.Offset, c.Occurrence.Form, 0, c.Occurrence.Length) == 0)
            .OrderByDescending(c => c.Occurrence.Length)
            .ThenBy(c => c.Occurrence.Offset);
        foreach (var candidate in ordered)
        {
            var start = candidate.Occurrence.Offset;
            var end = start + candidate.Occurrence.Length;
            if (!chosen.Any(c => start < c.Occurrence.Offset + c.Occurrence.Length && c.Occurrence.Offset < end))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort((a, b) => a.Occurrence.Offset.CompareTo(b.Occurrence.Offset));
        return chosen;
    }

    /// <summary>The sentence as runs: a match becomes a link the first time its term appears in the block, else plain text.</summary>
    private static List<TextRun> Cut(string text, List<(TermEntry Term, Occurrence Occurrence)> matches, HashSet<string> linkedInBlock)
    {
        var runs = new List<TextRun>();
        var plainStart = 0;
        foreach (var (term, occurrence) in matches)
        {
            if (!linkedInBlock.Add(term.Term))
            {
                continue; // stays inside the surrounding plain run
            }

            if (occurrence.Offset > plainStart)
            {
                runs.Add(new TextRun(text[plainStart..occurrence.Offset], null));
            }

            runs.Add(new TextRun(text.Substring(occurrence.Offset, occurrence.Length), term));
            plainStart = occurrence.Offset + occurrence.Length;
        }

        if (plainStart < text.Length || runs.Count == 0)
        {
            runs.Add(new TextRun(text[plainStart..], null));
        }

        return runs;
    }
}
