using System.Collections.Concurrent;

namespace Meeting.Write;

/// <summary>
/// Writes the new site without touching the output folder until every check has passed: the files whose bytes
/// are new go into a staging folder beside the output; a file whose bytes are those the output already holds, or
/// that the build keeps from the last one, is only noted. <see cref="Commit"/> then moves the staged files into
/// place and removes what the new site no longer has. A build that fails never gets there and leaves the previous
/// site exactly as it was; a file whose bytes did not change is never written, so it keeps its modification time
/// and a sync to a static host sends only what changed. The first build into a new folder moves the staging
/// folder in as a whole.
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string _out;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, bool> _files = new(StringComparer.Ordinal); // site path → staged (else: the output's file)
    private bool _committed;

    private StagedSite(string outDir, string staging) => (_out, _staging) = (outDir, staging);

    public static StagedSite Begin(string outDir)
    {
        var full = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        OutputGuard.EnsureSafe(full);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.staging-{Environment.ProcessId}");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        return new StagedSite(full, staging);
    }

    /// <summary>Writes one file of the site (path relative to the site root, forward slashes). Thread-safe across paths.</summary>
    public void Write(string sitePath, ReadOnlySpan<byte> bytes)
    {
        var previous = Path.Combine(_out, sitePath);
        if (File.Exists(previous) && SameBytes(previous, bytes))
        {
            _files[sitePath] = false;
            return;
        }

        var target = Path.Combine(_staging, sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes.ToArray());
        _files[sitePath] = true;
    }

    /// <summary>The size and modification time of a file of the previous site (the output folder as it is), or null if it has none.</summary>
    public (long Size, long Ticks)? Previous(string sitePath) => Stat(Path.Combine(_out, sitePath));

    /// <summary>The size and modification time a file of the new site will have.</summary>
    public (long Size, long Ticks)? Staged(string sitePath) => Stat(PathOf(sitePath));

    /// <summary>Keeps a file of the previous site, as it is, in the new one.</summary>
    public void KeepPrevious(string sitePath) => _files[sitePath] = false;

    /// <summary>A file of the new site, for a check that needs a page again.</summary>
    public string ReadBack(string sitePath) => File.ReadAllText(PathOf(sitePath));

    /// <summary>Puts the new site in place of the output folder: its new files moved in, the files it no longer has removed.</summary>
    public void Commit()
    {
        if (!Directory.Exists(_out) || !Directory.EnumerateFileSystemEntries(_out).Any())
        {
            if (Directory.Exists(_out))
            {
                Directory.Delete(_out);
            }

            Directory.Move(_staging, _out);
            _committed = true;
            return;
        }

        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_out, "*", SearchOption.AllDirectories))
        {
            if (!_files.ContainsKey(Path.GetRelativePath(_out, file).Replace('\\', '/')))
            {
                File.Delete(file);
                emptied.Add(Path.GetDirectoryName(file)!);
            }
        }

        foreach (var (sitePath, _) in _files.Where(f => f.Value).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var target = Path.Combine(_out, sitePath);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true); // a folder of the old site where the new one has a file: empty by now
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging, sitePath), target, overwrite: true);
        }

        foreach (var folder in emptied.OrderByDescending(f => f.Length))
        {
            RemoveIfEmpty(folder);
        }

        Directory.Delete(_staging, recursive: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private string PathOf(string sitePath) =>
        _files.TryGetValue(sitePath, out var staged) && staged ? Path.Combine(_staging, sitePath) : Path.Combine(_out, sitePath);

    // A folder whose files the new site no longer has, and the folders above it that only held it.
    private void RemoveIfEmpty(string folder)
    {
        while (folder.Length > _out.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static (long, long)? Stat(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes) =>
        new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
}
