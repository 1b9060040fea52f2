namespace Meeting.Load;

/// <summary>Paths in messages are shown relative to the working folder where they lie below it, with forward slashes.</summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
