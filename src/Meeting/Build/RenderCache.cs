using System.Text.Json;
using Meeting.Build.Store;
using Meeting.Check;
using Meeting.Write;

namespace Meeting.Build;

/// <summary>
/// What the last builds rendered for each meeting, one small file per meeting in the <see cref="CacheFolder"/>: the meeting's <see cref="MeetingKey"/>, the size and
/// modification time of every file it wrote, and its pages' links (<see cref="GroupLinks"/>). A meeting whose key
/// is unchanged and whose files are as the cache names them is not rendered again: its files are taken from the
/// previous site (linked, not copied or read), and only its links that leave it are checked again. A page edited
/// or lost by hand has another size or time, so its meeting is simply rendered anew; a missing or unreadable
/// cache means a full build, nothing worse. A meeting's file is written as soon as it is rendered: if the build
/// then fails, the old site's files do not match it, and the next build renders the meeting again.
/// </summary>
internal sealed class RenderCache
{
    private readonly string _dir;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private RenderCache(string dir) => _dir = dir;

    /// <summary>
    /// A group's key and its files with their size and time; for a meeting, its pages' links; for a volume of the
    /// search index, its shard counts.
    /// </summary>
    public sealed record Entry(string Key, IReadOnlyList<CachedFile> Files, GroupLinks? Links, int[]? Counts = null);

    public sealed record CachedFile(string Path, long Size, long Ticks);

    public static RenderCache Open(string outDir)
    {
        var dir = Path.Combine(CacheFolder.For(outDir), "pages");
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Then nothing is kept and nothing is remembered: every build renders all.
        }

        return new RenderCache(dir);
    }

    /// <summary>
    /// Keeps a meeting's files from the previous site in the new one if the key is the one they were rendered
    /// with and every file is unchanged; returns its pages' links, or null if the meeting must be rendered.
    /// </summary>
    public GroupLinks? Reuse(string slug, string key, IReadOnlyList<string> files, StagedSite site) =>
        ReuseGroup(slug, key, files, site)?.Links;

    /// <summary>
    /// Keeps the files of a group (a meeting, a volume of the search index: <paramref name="name"/> is its file
    /// here) if its key is unchanged and its files are as they were written; returns its entry, or null. With
    /// <paramref name="files"/> null, the group's files are those the entry names.
    /// </summary>
    public Entry? ReuseGroup(string name, string key, IReadOnlyList<string>? files, StagedSite site)
    {
        var entry = Read(name);
        if (entry is null || entry.Key != key || (files is not null && !entry.Files.Select(f => f.Path).SequenceEqual(files, StringComparer.Ordinal))
            || entry.Files.Any(f => site.Previous(f.Path) != (f.Size, f.Ticks)))
        {
            return null;
        }

        foreach (var file in entry.Files)
        {
            site.KeepPrevious(file.Path);
        }

        return entry;
    }

    /// <summary>What the last build noted for a group, whatever its key: to learn what a key depends on.</summary>
    public Entry? Previous(string name) => Read(name);

    /// <summary>Notes what was rendered for a group (its files as staged), for the next build.</summary>
    public void Rendered(string name, string key, IReadOnlyList<string> files, GroupLinks? links, StagedSite site, int[]? counts = null)
    {
        var entry = new Entry(key, files.Select(f => site.Staged(f) is var (size, ticks) ? new CachedFile(f, size, ticks) : null).OfType<CachedFile>().ToList(), links, counts);
        try
        {
            var file = FileOf(name);
            File.WriteAllBytes(file + ".tmp", JsonSerializer.SerializeToUtf8Bytes(entry, StoreJson.Info<Entry>()));
            File.Move(file + ".tmp", file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The meeting is rendered again next time.
        }
    }

    /// <summary>Forgets the groups this build did not ask for (the site no longer has them); called once the new site is in place.</summary>
    public void Prune()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(_dir))
            {
                var name = Path.GetFileName(file);
                if (!name.EndsWith(".json", StringComparison.Ordinal) || !_used.Contains(name[..^".json".Length]))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private Entry? Read(string name)
    {
        lock (_used)
        {
            _used.Add(name);
        }

        try
        {
            var file = FileOf(name);
            return File.Exists(file) ? JsonSerializer.Deserialize(File.ReadAllBytes(file), StoreJson.Info<Entry>()) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private string FileOf(string name) => Path.Combine(_dir, name + ".json");
}
