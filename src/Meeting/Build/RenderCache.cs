using System.Security.Cryptography;
using System.Text;
using Meeting.Write;

namespace Meeting.Build;

/// <summary>
/// What the last build rendered for each meeting: its <see cref="MeetingKey"/> and the hash of every page it
/// wrote. A meeting whose key is unchanged is not rendered again: its pages are taken from the previous site
/// (linked, not copied) once their bytes are found to be the ones the cache names, so a page edited or lost by
/// hand is simply rendered anew. Kept beside the output folder (never published with it), as
/// <c>.NAME.meeting-cache</c>; a missing or unreadable cache means a full build, nothing worse.
/// </summary>
internal sealed class RenderCache
{
    private readonly string _file;
    private readonly Dictionary<string, Entry> _previous;
    private readonly Dictionary<string, Entry> _next = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private RenderCache(string file, Dictionary<string, Entry> previous) => (_file, _previous) = (file, previous);

    /// <summary>A meeting's key and each of its pages with the hash of its bytes.</summary>
    public sealed record Entry(string Key, IReadOnlyList<(string Path, string Hash)> Pages);

    public static RenderCache Open(string outDir)
    {
        var full = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        var file = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.meeting-cache");
        return new RenderCache(file, Read(file));
    }

    /// <summary>
    /// The pages of a meeting as the previous site holds them, kept in the new site, if the key is the one they
    /// were rendered with and their bytes are unchanged; null if the meeting must be rendered.
    /// </summary>
    public IReadOnlyList<(string Path, string Html)>? Reuse(string slug, string key, IReadOnlyCollection<string> paths, StagedSite site)
    {
        if (!_previous.TryGetValue(slug, out var entry) || entry.Key != key || entry.Pages.Count != paths.Count
            || !entry.Pages.Select(p => p.Path).Order(StringComparer.Ordinal).SequenceEqual(paths.Order(StringComparer.Ordinal)))
        {
            return null;
        }

        var pages = new List<(string Path, byte[] Bytes)>();
        foreach (var (path, hash) in entry.Pages)
        {
            var bytes = site.ReadPrevious(path);
            if (bytes is null || Hash(bytes) != hash)
            {
                return null;
            }

            pages.Add((path, bytes));
        }

        foreach (var (path, bytes) in pages)
        {
            site.KeepPrevious(path, bytes);
        }

        Remember(slug, entry);
        return pages.Select(p => (p.Path, Encoding.UTF8.GetString(p.Bytes))).ToList();
    }

    /// <summary>Notes what was rendered for a meeting, for the next build.</summary>
    public void Rendered(string slug, string key, IEnumerable<(string Path, byte[] Bytes)> pages) =>
        Remember(slug, new Entry(key, pages.Select(p => (p.Path, Hash(p.Bytes))).OrderBy(p => p.Item1, StringComparer.Ordinal).ToList()));

    /// <summary>Writes the cache for the next build; called once the new site is in place.</summary>
    public void Save()
    {
        var text = new StringBuilder();
        foreach (var (slug, entry) in _next.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append("meeting\t").Append(slug).Append('\t').Append(entry.Key).Append('\n');
            foreach (var (path, hash) in entry.Pages)
            {
                text.Append('\t').Append(path).Append('\t').Append(hash).Append('\n');
            }
        }

        try
        {
            File.WriteAllText(_file + ".tmp", text.ToString());
            File.Move(_file + ".tmp", _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a cache the next build renders everything: slower, never wrong.
        }
    }

    private void Remember(string slug, Entry entry)
    {
        lock (_gate)
        {
            _next[slug] = entry;
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static Dictionary<string, Entry> Read(string file)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(file))
            {
                return entries;
            }

            string? slug = null, key = null;
            var pages = new List<(string, string)>();
            foreach (var line in File.ReadLines(file))
            {
                var fields = line.Split('\t');
                if (fields is ["meeting", var s, var k])
                {
                    if (slug is not null)
                    {
                        entries[slug] = new Entry(key!, pages);
                    }

                    (slug, key, pages) = (s, k, []);
                }
                else if (fields is ["", var path, var hash] && slug is not null)
                {
                    pages.Add((path, hash));
                }
            }

            if (slug is not null)
            {
                entries[slug] = new Entry(key!, pages);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries.Clear();
        }

        return entries;
    }
}
