namespace Meeting.Search;

/// <summary>
/// Which shard of a volume holds an n-gram: a 32-bit FNV-1a hash over its UTF-16 units, mixed (MurmurHash3's
/// finaliser) so the low bits spread well, modulo the shard count, a power of two. <c>search.js</c> computes the
/// same number with <c>Math.imul</c>; the tests pin a few values so the two cannot drift apart unnoticed.
/// </summary>
public static class NgramBucket
{
    public static uint Hash(ReadOnlySpan<char> ngram)
    {
        var h = 2166136261u;
        foreach (var c in ngram)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }

    /// <param name="count">The volume's shard count for this level: a power of two.</param>
    public static int Of(ReadOnlySpan<char> ngram, int count) => (int)(Hash(ngram) & (uint)(count - 1));
}
