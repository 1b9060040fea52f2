namespace Meeting.Render.Models;

/// <summary>
/// The A–Z jump bar of a keyword index, shared by a meeting's index and the archive's: every letter shown, those
/// with terms linked to their group, then the groups outside A–Z (# for digits and Latin).
/// </summary>
internal static class LetterBar
{
    private static readonly IReadOnlyList<string> Alphabet =
        Enumerable.Range('A', 26).Select(c => ((char)c).ToString()).ToList();

    /// <summary>The letters in the bar's order: A–Z, then any other group of <paramref name="present"/>.</summary>
    public static List<string> Letters(IReadOnlyCollection<string> present) =>
        Alphabet.Concat(present.Where(k => !Alphabet.Contains(k)).Order(StringComparer.Ordinal)).ToList();

    public static List<object?> Links(IReadOnlyCollection<string> present) =>
        Letters(present).Select(l => (object?)new Dictionary<string, object?>
        {
            ["letter"] = l,
            ["href"] = present.Contains(l) ? $"#{Id(l)}" : null,
        }).ToList();

    // "#" (digits and Latin letters) needs a name that is a valid, readable id.
    public static string Id(string letter) => letter == "#" ? "letter-other" : $"letter-{letter}";
}
