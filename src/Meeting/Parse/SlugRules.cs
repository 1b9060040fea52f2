using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// A meeting's folder name. A slug is one path segment of letters, digits, dots, dashes and underscores, so
/// front matter can never make the generator write outside the output folder (../../x, /etc are refused).
/// </summary>
public static partial class SlugRules
{
    /// <summary>Names the site itself uses at its root: a meeting's folder may not take them.</summary>
    public static readonly IReadOnlyList<string> Reserved = ["assets", "terms", "index.html", "404.html"];

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 80 && Allowed().IsMatch(slug) && slug is not "." and not ".." && !slug.StartsWith('.') && !IsReserved(slug);

    /// <summary>True for a name the site's root uses (case does not matter: not every file system tells case apart).</summary>
    public static bool IsReserved(string slug) => Reserved.Contains(slug, StringComparer.OrdinalIgnoreCase);

    /// <summary>A slug made from a file name: what is not allowed becomes a dash.</summary>
    public static string FromFileName(string fileName)
    {
        var slug = Disallowed().Replace(Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant(), "-").Trim('-', '.');
        return slug.Length == 0 ? "meeting" : IsReserved(slug) ? $"meeting-{slug}" : slug;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._-]+$")]
    private static partial Regex Allowed();

    [GeneratedRegex(@"[^a-z0-9_-]+")]
    private static partial Regex Disallowed();
}
