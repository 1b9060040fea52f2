using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace Meeting.Build.Store;

/// <summary>
/// The parsed meetings of the last build, as <c>models</c> in the <see cref="CacheFolder"/>: for each report, the key of its inputs (bytes, path, keyword list, generator), its summary and warnings,
/// and its model and keyword index, compressed. A report whose inputs are unchanged is not parsed again: its
/// summary plans the site, and its model is read back only if its pages must be rendered.
///
/// A build writes a new store beside the old one while it runs: the models it parsed, and those it kept, copied
/// as they are. The first pass of a build fills it; the second reads models back from it one meeting at a time.
/// It replaces the old store only once the new site is in place; a missing or unreadable store means every
/// report is parsed, nothing worse.
/// </summary>
internal sealed class ModelStore : IDisposable
{
    private static readonly byte[] Magic = "MSTORE2\n"u8.ToArray();

    private readonly string _file;
    private readonly string _temp;
    private readonly bool _keep;
    private readonly Dictionary<string, StoreEntry> _previous;
    private readonly SafeFileHandle? _old;
    private readonly FileStream _new;
    private readonly List<StoreEntry> _entries = [];
    private readonly Lock _gate = new();
    private bool _saved;

    private ModelStore(string file, Dictionary<string, StoreEntry> previous, SafeFileHandle? old)
    {
        _file = file;
        _previous = previous;
        _old = old;
        (_temp, _keep) = ($"{file}.{Environment.ProcessId}.tmp", true);
        try
        {
            _new = new FileStream(_temp, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The build still needs the store between its passes; it is only not kept for the next build.
            (_temp, _keep) = (Path.GetTempFileName(), false);
            _new = new FileStream(_temp, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        }
    }

    public static ModelStore Open(string outDir)
    {
        var file = Path.Combine(CacheFolder.For(outDir), "models");
        var (previous, old) = ReadIndex(file);
        return new ModelStore(file, previous, old);
    }

    /// <summary>The entry of the last build for these inputs, copied into the new store; null if the report must be parsed.</summary>
    public StoreEntry? Reuse(string inputKey)
    {
        if (_old is null || !_previous.TryGetValue(inputKey, out var entry))
        {
            return null;
        }

        var blob = new byte[entry.Length];
        try
        {
            if (RandomAccess.Read(_old, blob, entry.Offset) != blob.Length)
            {
                return null;
            }
        }
        catch (IOException)
        {
            return null;
        }

        return Append(entry, blob);
    }

    /// <summary>Puts a freshly parsed meeting into the new store.</summary>
    public StoreEntry Add(string inputKey, byte[] serializedModel, Plan.MeetingSummary summary, IReadOnlyList<Diagnostics.Diagnostic> warnings, IReadOnlyList<Diagnostics.Diagnostic> indexWarnings)
    {
        var blob = Compress(serializedModel);
        return Append(new StoreEntry(inputKey, summary, warnings, indexWarnings, 0, blob.Length), blob);
    }

    /// <summary>The serialised model, as hashed into the summary: the same bytes for the same model.</summary>
    public static byte[] Serialize(StoredModel model) => JsonSerializer.SerializeToUtf8Bytes(model, StoreJson.Info<StoredModel>());

    /// <summary>Reads a meeting's model back from the new store (once every report has been added).</summary>
    public StoredModel Read(StoreEntry entry)
    {
        lock (_gate)
        {
            _new.Flush();
        }

        var blob = new byte[entry.Length];
        RandomAccess.Read(_new.SafeFileHandle, blob, entry.Offset);
        using var json = new BrotliStream(new MemoryStream(blob), CompressionMode.Decompress);
        return JsonSerializer.Deserialize(json, StoreJson.Info<StoredModel>())!;
    }

    /// <summary>Writes the index and puts the new store in place of the old; called once the new site is in place.</summary>
    public void Save()
    {
        if (!_keep)
        {
            return;
        }

        try
        {
            lock (_gate)
            {
                var indexAt = _new.Position;
                var index = JsonSerializer.SerializeToUtf8Bytes(_entries.OrderBy(e => e.InputKey, StringComparer.Ordinal).ToList(), StoreJson.Info<List<StoreEntry>>());
                _new.Write(index);
                _new.Write(BitConverter.GetBytes(indexAt));
                _new.Write(Magic);
                _new.Flush();
                _new.Dispose();
                _old?.Dispose();
                File.Move(_temp, _file, overwrite: true);
                _saved = true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a store the next build parses every report: slower, never wrong.
        }
    }

    public void Dispose()
    {
        _new.Dispose();
        _old?.Dispose();
        if (!_saved)
        {
            try
            {
                File.Delete(_temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private StoreEntry Append(StoreEntry entry, byte[] blob)
    {
        lock (_gate)
        {
            var placed = entry with { Offset = _new.Position, Length = blob.Length };
            _new.Write(blob);
            _entries.Add(placed);
            return placed;
        }
    }

    private static byte[] Compress(byte[] json)
    {
        using var compressed = new MemoryStream(json.Length / 4);
        using (var brotli = new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(json);
        }

        return compressed.ToArray();
    }

    private static (Dictionary<string, StoreEntry>, SafeFileHandle?) ReadIndex(string file)
    {
        var none = new Dictionary<string, StoreEntry>(StringComparer.Ordinal);
        SafeFileHandle? handle = null;
        try
        {
            if (!File.Exists(file))
            {
                return (none, null);
            }

            handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            var footer = new byte[8 + Magic.Length];
            if (length < footer.Length || RandomAccess.Read(handle, footer, length - footer.Length) != footer.Length || !footer.AsSpan(8).SequenceEqual(Magic))
            {
                handle.Dispose();
                return (none, null);
            }

            var indexAt = BitConverter.ToInt64(footer, 0);
            var index = new byte[length - footer.Length - indexAt];
            RandomAccess.Read(handle, index, indexAt);
            var entries = JsonSerializer.Deserialize(index, StoreJson.Info<List<StoreEntry>>()) ?? [];
            return (entries.ToDictionary(e => e.InputKey, StringComparer.Ordinal), handle);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or ArgumentException or NotSupportedException)
        {
            handle?.Dispose();
            return (none, null);
        }
    }
}
