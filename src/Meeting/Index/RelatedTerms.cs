namespace Meeting.Index;

/// <summary>
/// Terms related to a term: those that occur in the same sentences, the ones sharing most sentences first, ties in
/// index order, at most <see cref="Max"/> so the list stays a pointer rather than a second index.
/// </summary>
public static class RelatedTerms
{
    public const int Max = 8;

    /// <param name="sentencesByTerm">Each term (in index order) with the ids of the sentences it occurs in.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(IReadOnlyList<(string Term, IReadOnlySet<string> SentenceIds)> sentencesByTerm)
    {
        var related = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (term, sentences) in sentencesByTerm)
        {
            related[term] = sentencesByTerm
                .Select((other, position) => (other.Term, Shared: other.SentenceIds.Count(sentences.Contains), position))
                .Where(o => o.Term != term && o.Shared > 0)
                .OrderByDescending(o => o.Shared)
                .ThenBy(o => o.position)
                .Take(Max)
                .Select(o => o.Term)
                .ToList();
        }

        return related;
    }
}
