namespace Meeting.Build;

/// <summary>
/// Where a build keeps what makes the next one faster: a folder beside the output, <c>.NAME.meeting-cache/</c>
/// (never published with the site), holding the parsed meetings (<c>models</c>, see <see cref="Store.ModelStore"/>)
/// and what was rendered for each meeting (<c>pages/</c>, see <see cref="RenderCache"/>). Deleting it costs one
/// full build, nothing else.
/// </summary>
internal static class CacheFolder
{
    public static string For(string outDir)
    {
        var full = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        var dir = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.meeting-cache");
        try
        {
            if (File.Exists(dir))
            {
                File.Delete(dir); // the single cache file of earlier versions
            }

            Directory.CreateDirectory(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Then nothing is kept and nothing is remembered: every build parses and renders all.
        }

        return dir;
    }
}
