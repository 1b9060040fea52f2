using CsCheck;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>Small generator helpers: a yes with a given percentage, a weighted pick from a table.</summary>
public static class Chance
{
    public static Gen<bool> Percent(int percent) => Gen.Int[1, 100].Select(i => i <= percent);

    public static Gen<T> Weighted<T>(IEnumerable<(int Weight, T Value)> table) => Gen.Frequency(table.ToArray());

    public static Gen<T> Any<T>(IReadOnlyList<T> values) => Gen.OneOf(values.ToArray());

    /// <summary>Entry "heading，detail" split at its first comma; the detail is "" when there is none.</summary>
    public static (string Heading, string Detail) Split(string entry)
    {
        var comma = entry.IndexOf('，', StringComparison.Ordinal);
        return comma < 0 ? (entry, "") : (entry[..comma], entry[(comma + 1)..]);
    }
}
