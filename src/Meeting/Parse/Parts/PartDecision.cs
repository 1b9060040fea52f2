using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Picks the reading of the whole report: the kind of every block such that the evidence of the chosen kinds
/// is as strong as it can be, each kind but other used at most once, and the usual order (opening, review,
/// attributes, tasks, requirements, attendees) kept where the evidence allows: going back in that order costs
/// <see cref="OutOfOrder"/>. A part may also run on into the next block (an opening whose speakers stand in a
/// paragraph of their own, a review over two paragraphs) at the small cost of <see cref="RunningOn"/>.
/// A small dynamic programme over the blocks; deterministic, no order-sensitive rules.
/// </summary>
internal static class PartDecision
{
    /// <summary>What a kind out of the usual order must make up in evidence.</summary>
    public const double OutOfOrder = 1.0;

    /// <summary>What a block must make up to continue the part before it rather than stand as a part of its own.</summary>
    public const double RunningOn = 0.5;

    /// <summary>What a numbered list must make up to continue the part before it: a new list is most often a new part.</summary>
    public const double ListRunningOn = 3.0;

    private static readonly SectionKind[] Ordered =
        [SectionKind.Opening, SectionKind.Review, SectionKind.Attributes, SectionKind.Tasks, SectionKind.Requirements, SectionKind.Attendees];

    private const int None = 6; // no kind but other chosen yet

    // A state: the kinds used so far (6 bits), the last kind but other (0-6), and whether the block before was other.
    private const int States = 64 * 7 * 2;

    /// <param name="evidence">For each block, the evidence of every kind.</param>
    /// <param name="fixedKinds">Blocks whose kind the editor set in front matter.</param>
    /// <summary>What the decision weighs: each block's evidence for every kind, and whether the block numbers points.</summary>
    public sealed record Input(IReadOnlyList<IReadOnlyList<PartEvidence>> Evidence, IReadOnlyList<bool> IsList, IReadOnlyDictionary<int, SectionKind> FixedKinds)
    {
        // Each block's score for each kind, looked up by the kind's number in the inner loop of the programme.
        internal double[][] Scores { get; } = [.. Evidence.Select(e => Enumerable.Range(0, Kinds).Select(k => ScoreOf(e, (SectionKind)k)).ToArray())];

        // The best score of the whole reading, unforced: the same for every block's alternatives.
        internal double Unforced => _unforced ??= Best(this, null).Score;

        private double? _unforced;
    }

    private const int Kinds = 7; // the kinds of Ordered, then Other, numbered as SectionKind numbers them

    public static IReadOnlyList<SectionKind> Decide(Input input) => Best(input, null).Kinds;

    /// <summary>
    /// How much the whole reading would lose if block <paramref name="block"/> were read as each other kind
    /// (the rest read as well as it then can be): the measure of how sure the decision is of that block.
    /// </summary>
    public static IReadOnlyList<(SectionKind Kind, double Loss)> Alternatives(Input input, int block, SectionKind chosen)
    {
        var best = input.Unforced;
        // Running on is the same kind: an alternative is another kind.
        return [.. Ordered.Append(SectionKind.Other)
            .Where(k => k != chosen)
            .Select(k => (Kind: k, Loss: best - Best(input, (block, k)).Score))
            .Where(a => !double.IsInfinity(a.Loss))
            .OrderBy(a => a.Loss)];
    }

    private static (IReadOnlyList<SectionKind> Kinds, double Score) Best(Input input, (int Block, SectionKind Kind)? forced)
    {
        var (evidence, isList, fixedKinds, scores) = (input.Evidence, input.IsList, input.FixedKinds, input.Scores);
        const int states = States;
        var best = new double[states];
        Array.Fill(best, double.NegativeInfinity);
        best[State(0, None, false)] = 0;
        var back = new List<(int From, SectionKind Kind)[]>();

        for (var block = 0; block < evidence.Count; block++)
        {
            var next = new double[states];
            Array.Fill(next, double.NegativeInfinity);
            var choice = new (int From, SectionKind Kind)[states];
            var candidates = Candidates(block, fixedKinds, forced);
            var isFixed = fixedKinds.ContainsKey(block);
            var runningOn = isList[block] ? ListRunningOn : RunningOn;
            for (var state = 0; state < states; state++)
            {
                if (double.IsNegativeInfinity(best[state]))
                {
                    continue;
                }

                foreach (var kind in candidates)
                {
                    if (Step(state, kind, isFixed) is not { } to)
                    {
                        continue;
                    }

                    var total = best[state] + scores[block][(int)kind] + OrderCost(state, kind) - (to.RunsOn ? runningOn : 0);
                    if (total > next[to.State])
                    {
                        next[to.State] = total;
                        choice[to.State] = (state, kind);
                    }
                }
            }

            best = next;
            back.Add(choice);
        }

        var end = Enumerable.Range(0, states).MaxBy(s => best[s]);
        var score = best[end];
        var kinds = new SectionKind[evidence.Count];
        for (var block = evidence.Count - 1; block >= 0 && !double.IsNegativeInfinity(score); block--)
        {
            (end, kinds[block]) = back[block][end];
        }

        return (kinds, score);
    }

    private static SectionKind[] Candidates(int block, IReadOnlyDictionary<int, SectionKind> fixedKinds, (int Block, SectionKind Kind)? forced) =>
        fixedKinds.TryGetValue(block, out var kind) ? [kind]
        : forced is { } f && f.Block == block ? [f.Kind]
        : [.. Ordered, SectionKind.Other];

    private static int State(int mask, int last, bool afterOther) => ((mask * 7) + last) * 2 + (afterOther ? 1 : 0);

    private static (int Mask, int Last, bool AfterOther) Parts(int state) => (state / 14, state / 2 % 7, state % 2 == 1);

    private static (int State, bool RunsOn)? Step(int state, SectionKind kind, bool isFixed)
    {
        var (mask, last, afterOther) = Parts(state);
        if (kind == SectionKind.Other)
        {
            return (State(mask, last, true), false);
        }

        var rank = (int)kind; // Ordered lists the kinds in SectionKind's own order
        var bit = 1 << rank;
        var runsOn = rank == last && !afterOther;
        if ((mask & bit) != 0 && !runsOn && !isFixed)
        {
            return null; // each kind once, unless it runs on from the block before; an editor's choice may repeat one
        }

        return (State(mask | bit, rank, false), runsOn);
    }

    private static double OrderCost(int state, SectionKind kind)
    {
        var (_, last, afterOther) = Parts(state);
        var rank = (int)kind;
        return kind == SectionKind.Other || last == None || rank > last || (rank == last && !afterOther) ? 0 : -OutOfOrder;
    }

    public static double ScoreOf(IReadOnlyList<PartEvidence> evidence, SectionKind kind) =>
        evidence.First(e => e.Kind == kind).Score;
}
