using System.Globalization;

namespace Meeting.Search;

/// <summary>
/// Where the search's files live, relative to the site root. Each file under <c>search/</c> is a script that hands
/// its data to <c>MeetingSearch.add(key, data)</c>; its key is its path below <c>search/</c> without <c>.js</c>, so
/// the page that asked for it knows what arrived.
/// </summary>
public static class SearchPaths
{
    public const string Page = "search.html";
    public const string Script = "assets/search.js";
    public const string Folder = "search/";
    public const string ManifestKey = "index";
    public const string TermsKey = "terms";
    public const string RecentKey = "recent";

    /// <summary>The slugs of a volume's meetings by number, <see cref="SearchVolume.MeetingsPerList"/> to a list.</summary>
    public static string MeetingsKey(string volume, int list) =>
        $"v/{volume}/meetings/{list.ToString("x", CultureInfo.InvariantCulture)}";

    /// <summary>Shards of a level (the n-grams of that many characters) in a volume, numbered in hexadecimal.</summary>
    public static string ShardKey(string volume, int level, int shard) =>
        $"v/{volume}/{level}/{shard.ToString("x", CultureInfo.InvariantCulture)}";

    public static string TextKey(string meetingSlug) => $"text/{meetingSlug}";

    public static string FileOf(string key) => Folder + key + ".js";
}
