namespace Meeting.Search;

/// <summary>
/// How the index is cut. <see cref="ShardBytes"/> is the size a shard aims at: a query loads one shard per piece
/// (a run of one to four characters) per volume, so this and the number of volumes bound what a query loads.
/// <see cref="VolumeYears"/> is how many years a volume spans: longer volumes mean fewer files a query loads,
/// shorter ones less rewritten when a meeting changes (see bench/README.md for the measurements behind the default).
/// </summary>
public sealed record SearchIndexOptions(int ShardBytes = 8 * 1024, int VolumeYears = 10)
{
    public static readonly SearchIndexOptions Default = new();
}
