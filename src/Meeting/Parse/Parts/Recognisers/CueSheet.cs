using Meeting.Model;

namespace Meeting.Parse;

/// <summary>Collects a recogniser's cues as it reads a block, with small helpers for the usual kinds of cue.</summary>
internal sealed class CueSheet
{
    private readonly List<Cue> cues = [];

    public void Add(double weight, string reason)
    {
        if (weight != 0)
        {
            cues.Add(new Cue(weight, reason));
        }
    }

    /// <summary>Adds <paramref name="weight"/> once if <paramref name="text"/> holds any of the words, naming the first found.</summary>
    public bool AnyOf(string text, IReadOnlyList<string> words, double weight, string what)
    {
        var found = FirstOf(text, words);
        if (found is not null)
        {
            Add(weight, $"{what} ({found})");
        }

        return found is not null;
    }

    /// <summary>
    /// For a list: the share of items that hold any of the words, times <paramref name="weight"/>. Counts what
    /// the items are about, so one stray word in one item weighs little.
    /// </summary>
    public double ShareOfItems(IReadOnlyList<string> items, IReadOnlyList<string> words, double weight, string what)
    {
        if (items.Count == 0)
        {
            return 0;
        }

        var hits = items.Where(item => FirstOf(item, words) is not null).ToList();
        var share = (double)hits.Count / items.Count;
        if (hits.Count > 0)
        {
            var examples = string.Join("、", hits.Select(h => FirstOf(h, words)).Distinct().Take(3));
            Add(weight * share, $"{what} in {hits.Count} of {items.Count} items ({examples})");
        }

        return share;
    }

    /// <summary>How many of the words occur in the text (each word once).</summary>
    public static int CountOf(string text, IReadOnlyList<string> words) => words.Count(w => text.Contains(w, StringComparison.Ordinal));

    public static string? FirstOf(string text, IReadOnlyList<string> words) =>
        words.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal));

    public PartEvidence For(SectionKind kind) => new(kind, Math.Round(cues.Sum(c => c.Weight), 2), cues.ToList());
}
