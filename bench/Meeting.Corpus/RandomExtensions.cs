namespace Meeting.Corpus;

/// <summary>Draws from phrase pools. Every draw goes through one seeded <see cref="Random"/>, so a seed gives one corpus.</summary>
public static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> pool) => pool[random.Next(pool.Count)];

    /// <summary><paramref name="count"/> distinct items of <paramref name="pool"/> in random order.</summary>
    public static IReadOnlyList<T> PickDistinct<T>(this Random random, IReadOnlyList<T> pool, int count)
    {
        var items = pool.ToArray();
        var taken = Math.Min(count, items.Length);
        for (var i = 0; i < taken; i++)
        {
            var j = random.Next(i, items.Length);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items[..taken];
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}
