namespace Meeting.Serve;

/// <summary>
/// Maps a request path to a file of the site, and to nothing outside it: no `..` (however it was encoded: the
/// path arrives decoded), no absolute path, no backslash or NUL, no symbolic link whose target leaves the site.
/// </summary>
public sealed class SiteFiles(string root)
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    // The root as the file system sees it, should the root itself be reached through a link (/tmp → /private/tmp).
    private string RealRoot => new DirectoryInfo(_root).ResolveLinkTarget(returnFinalTarget: true)?.FullName.TrimEnd(Path.DirectorySeparatorChar) ?? _root;

    public string Root => _root;

    /// <summary>What a path below the base path names.</summary>
    public enum Kind
    {
        File,
        Folder,
        Nothing,
    }

    /// <summary>The file or folder a relative request path (already percent-decoded, no leading slash) names inside the site.</summary>
    public (Kind Kind, string? Path) Resolve(string relative)
    {
        var segments = relative.Split('/');
        if (segments.Any(s => s is "." or ".." || s.Contains('\\') || s.Contains('\0') || s.Contains(':')))
        {
            return (Kind.Nothing, null);
        }

        var parts = segments.Where(s => s.Length > 0).ToArray();
        var full = Path.GetFullPath(Path.Combine([_root, .. parts]));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (Kind.Nothing, null);
        }

        if (!StaysInside(parts))
        {
            return (Kind.Nothing, null);
        }

        if (Directory.Exists(full))
        {
            return (Kind.Folder, full);
        }

        return File.Exists(full) ? (Kind.File, full) : (Kind.Nothing, null);
    }

    // A symbolic link anywhere on the way may point out of the site; follow each and see where it lands.
    private bool StaysInside(string[] parts)
    {
        var path = _root;
        foreach (var part in parts)
        {
            path = Path.Combine(path, part);
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists || info.LinkTarget is null)
            {
                continue;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            var landed = target is null ? null : Path.GetFullPath(target.FullName);
            if (landed is null || !(Inside(landed, _root) || Inside(landed, RealRoot)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Inside(string path, string root) => path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
