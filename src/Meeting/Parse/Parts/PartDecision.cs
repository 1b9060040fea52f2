using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Picks the reading of the whole report: the kind of every block such that the evidence of the chosen kinds
/// is as strong as it can be, each kind but other used at most once, and the usual order (opening, review,
/// attributes, tasks, requirements, attendees) kept where the evidence allows: going back in that order costs
/// <see cref="OutOfOrder"/>. A small dynamic programme over the blocks; deterministic, no order-sensitive rules.
/// </summary>
internal static class PartDecision
{
    /// <summary>What a kind out of the usual order must make up in evidence.</summary>
    public const double OutOfOrder = 2.0;

    private static readonly SectionKind[] Ordered =
        [SectionKind.Opening, SectionKind.Review, SectionKind.Attributes, SectionKind.Tasks, SectionKind.Requirements, SectionKind.Attendees];

    private const int None = 6; // no kind but other chosen yet

    /// <param name="evidence">For each block, the evidence of every kind.</param>
    /// <param name="fixedKinds">Blocks whose kind the editor set in front matter.</param>
    public static IReadOnlyList<SectionKind> Decide(IReadOnlyList<IReadOnlyList<PartEvidence>> evidence, IReadOnlyDictionary<int, SectionKind> fixedKinds)
    {
        const int states = 64 * 7;
        var best = new double[states];
        Array.Fill(best, double.NegativeInfinity);
        best[State(0, None)] = 0;
        var back = new List<(int From, SectionKind Kind)[]>();

        for (var block = 0; block < evidence.Count; block++)
        {
            var next = new double[states];
            Array.Fill(next, double.NegativeInfinity);
            var choice = new (int From, SectionKind Kind)[states];
            for (var state = 0; state < states; state++)
            {
                if (double.IsNegativeInfinity(best[state]))
                {
                    continue;
                }

                foreach (var kind in Candidates(block, fixedKinds))
                {
                    if (Step(state, kind, fixedKinds.ContainsKey(block)) is not { } to)
                    {
                        continue;
                    }

                    var score = best[state] + ScoreOf(evidence[block], kind) + OrderCost(state, kind);
                    if (score > next[to.State])
                    {
                        next[to.State] = score;
                        choice[to.State] = (state, kind);
                    }
                }
            }

            best = next;
            back.Add(choice);
        }

        var end = Enumerable.Range(0, states).MaxBy(s => best[s]);
        var kinds = new SectionKind[evidence.Count];
        for (var block = evidence.Count - 1; block >= 0; block--)
        {
            (end, kinds[block]) = back[block][end];
        }

        return kinds;
    }

    private static IEnumerable<SectionKind> Candidates(int block, IReadOnlyDictionary<int, SectionKind> fixedKinds) =>
        fixedKinds.TryGetValue(block, out var kind) ? [kind] : [.. Ordered, SectionKind.Other];

    private static int State(int mask, int last) => mask * 7 + last;

    private static (int State, int Mask)? Step(int state, SectionKind kind, bool isFixed)
    {
        var (mask, last) = (state / 7, state % 7);
        if (kind == SectionKind.Other)
        {
            return (state, mask);
        }

        var rank = Array.IndexOf(Ordered, kind);
        var bit = 1 << rank;
        if ((mask & bit) != 0 && !isFixed)
        {
            return null; // each kind once; an editor's choice in front matter may repeat one
        }

        return (State(mask | bit, rank), mask | bit);
    }

    private static double OrderCost(int state, SectionKind kind)
    {
        var last = state % 7;
        var rank = Array.IndexOf(Ordered, kind);
        return kind == SectionKind.Other || last == None || rank > last ? 0 : -OutOfOrder;
    }

    public static double ScoreOf(IReadOnlyList<PartEvidence> evidence, SectionKind kind) =>
        evidence.First(e => e.Kind == kind).Score;
}
