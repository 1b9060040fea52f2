using Meeting.Diagnostics;

namespace Meeting.Write;

/// <summary>
/// Writes the new site into a staging folder beside the output, then swaps it in at once: a build that fails
/// leaves the previous site exactly as it was. A file whose bytes did not change keeps its modification time,
/// so a sync to a static host sends only what changed (see <see cref="HardLink"/>).
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string _out;
    private readonly string _staging;
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
        var target = Path.Combine(_staging, sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        var previous = Path.Combine(_out, sitePath);
        if (File.Exists(previous) && SameBytes(previous, bytes))
        {
            if (HardLink.TryCreate(previous, target))
            {
                return;
            }

            File.WriteAllBytes(target, bytes.ToArray());
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(previous));
            return;
        }

        File.WriteAllBytes(target, bytes.ToArray());
    }

    /// <summary>The size and modification time of a file of the previous site (the output folder as it is), or null if it has none.</summary>
    public (long Size, long Ticks)? Previous(string sitePath) => Stat(Path.Combine(_out, sitePath));

    /// <summary>The size and modification time of a file as staged.</summary>
    public (long Size, long Ticks)? Staged(string sitePath) => Stat(Path.Combine(_staging, sitePath));

    /// <summary>Keeps a file of the previous site in the new one: linked, not written (copied with its time where links cannot be made).</summary>
    public void KeepPrevious(string sitePath)
    {
        var target = Path.Combine(_staging, sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var previous = Path.Combine(_out, sitePath);
        if (!HardLink.TryCreate(previous, target))
        {
            File.Copy(previous, target, overwrite: true);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(previous));
        }
    }

    /// <summary>A file as staged, for a check that needs a page again.</summary>
    public string ReadBack(string sitePath) => File.ReadAllText(Path.Combine(_staging, sitePath));

    /// <summary>Puts the staged site in place of the output folder.</summary>
    public void Commit()
    {
        var old = _staging.Replace(".staging-", ".old-", StringComparison.Ordinal);
        if (Directory.Exists(_out))
        {
            Directory.Move(_out, old);
        }

        Directory.Move(_staging, _out);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
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
