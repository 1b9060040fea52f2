namespace Meeting.Parse;

/// <summary>
/// Finds the numbered points of a run of sentences: markers of one style counting 1, 2, 3… without a gap.
/// A marker that breaks the count (a second 一是 in a closing remark, say) is not an item. Where an item holds
/// a list of its own (一要… with 一是…二是… inside), the outer list is the one that starts first.
/// </summary>
internal static class MarkerSequence
{
    /// <summary>The indexes of the sentences that start items; empty when fewer than two points are numbered.</summary>
    public static IReadOnlyList<int> Find(IReadOnlyList<ParsedSentence> sentences)
    {
        for (var first = 0; first < sentences.Count; first++)
        {
            var run = RunFrom(sentences, first);
            if (run.Count >= 2)
            {
                return run;
            }
        }

        return [];
    }

    /// <summary>
    /// The longest run counting from 1, even a run of one: a list laid out one item per paragraph has a
    /// single item when its first paragraph has been read and the second not yet.
    /// </summary>
    public static IReadOnlyList<int> Longest(IReadOnlyList<ParsedSentence> sentences)
    {
        var best = new List<int>();
        for (var first = 0; first < sentences.Count; first++)
        {
            var run = RunFrom(sentences, first);
            if (run.Count > best.Count)
            {
                best = run;
            }
        }

        return best;
    }

    private static List<int> RunFrom(IReadOnlyList<ParsedSentence> sentences, int first)
    {
        if (sentences[first].Marker is not { Value: 1 } start)
        {
            return [];
        }

        var run = new List<int> { first };
        var last = start;
        for (var i = first + 1; i < sentences.Count && last.Value != OrdinalMarker.Last; i++)
        {
            if (sentences[i].Marker is { } m && m.Follows(last))
            {
                run.Add(i);
                last = m;
            }
        }

        return run;
    }
}
