namespace Meeting.Parse;

/// <summary>
/// Finds the numbered points of a run of sentences: markers of one style counting 1, 2, 3… without a gap.
/// A marker that breaks the count (a second 一是 in a closing remark, say) is not an item.
/// </summary>
internal static class MarkerSequence
{
    /// <summary>The indexes of the sentences that start items; empty when fewer than two points are numbered.</summary>
    public static IReadOnlyList<int> Find(IReadOnlyList<ParsedSentence> sentences)
    {
        var best = new List<int>();
        for (var first = 0; first < sentences.Count; first++)
        {
            if (sentences[first].Marker is not { Value: 1 } start)
            {
                continue;
            }

            var run = new List<int> { first };
            for (var i = first + 1; i < sentences.Count; i++)
            {
                if (sentences[i].Marker is { } m && m.Style == start.Style && m.Value == run.Count + 1)
                {
                    run.Add(i);
                }
            }

            if (run.Count > best.Count)
            {
                best = run;
            }
        }

        return best.Count >= 2 ? best : [];
    }
}
