namespace Meeting.Search;

/// <summary>
/// How the index is cut. <see cref="ShardBytes"/> is the size a shard aims at: a query loads one shard per
/// character triple (or pair, or character) per volume, so this bounds what a query costs.
/// </summary>
public sealed record SearchIndexOptions(int ShardBytes = 8 * 1024)
{
    public static readonly SearchIndexOptions Default = new();
}
