using System.Security.Cryptography;
using System.Text;
using Meeting.Build.Store;
using Meeting.Index;
using Meeting.Load;
using Meeting.Parse;
using Meeting.Plan;

namespace Meeting.Build;

/// <summary>
/// The first pass of a build: each report read, parsed and indexed on its own, on every core, and put into the
/// <see cref="ModelStore"/>; what the pass keeps in memory is only each meeting's <see cref="MeetingSummary"/>. A
/// report whose inputs (its bytes and path, the keyword list, the generator) are those of an entry of the last
/// build's store is not parsed at all. Mistakes in the reports come all at once, sorted by file.
/// </summary>
internal static class ReportPass
{
    /// <summary>Every report's entry in the new store, in the order of the files, and how many reports had to be parsed.</summary>
    public static (List<StoreEntry> Entries, int Parsed) Run(IReadOnlyList<string> reports, KeywordList keywords, Model.SourceDocument? keywordList, ModelStore store)
    {
        var common = Encoding.UTF8.GetBytes($"{GeneratorIdentity.Value}\n{keywordList?.Path}\n{keywordList?.Text.Length}\n{keywordList?.Text}\n");
        var parsed = 0;
        var entries = ParallelWork.Map(reports, file =>
        {
            var bytes = ReportFileReader.ReadBytes(file);
            var key = InputKey(common, DisplayPath.Of(file), bytes);
            if (store.Reuse(key) is { } kept)
            {
                return kept;
            }

            Interlocked.Increment(ref parsed);
            return Parse(file, bytes, key, keywords, store);
        });
        return (entries, parsed);
    }

    private static StoreEntry Parse(string file, byte[] bytes, string key, KeywordList keywords, ModelStore store)
    {
        var parsed = ReportParser.Parse(ReportFileReader.Decode(file, bytes));
        var index = KeywordIndexer.Build(parsed.Report, keywords);
        var model = ModelStore.Serialize(new StoredModel(parsed.Report, index.Terms));
        var summary = MeetingSummary.Of(parsed.Report, index, Convert.ToHexString(SHA256.HashData(model)));
        return store.Add(key, model, summary, parsed.Warnings, index.Warnings);
    }

    private static string InputKey(byte[] common, string path, byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(common);
        hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
        hash.AppendData(bytes);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
