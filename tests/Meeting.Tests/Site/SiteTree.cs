using Xunit;
using System.Security.Cryptography;

namespace Meeting.Tests.Site;

/// <summary>A built site as a map of relative path → content hash, for comparing two builds or a site before and after.</summary>
internal static class SiteTree
{
    public static SortedDictionary<string, string> Hashes(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(dir, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    public static SortedDictionary<string, DateTime> Times(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.GetLastWriteTimeUtc),
            StringComparer.Ordinal);

    public static IEnumerable<string> Pages(string dir) =>
        Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
