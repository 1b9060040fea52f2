using System.Globalization;
using System.Text;
using Meeting.Index;
using Meeting.Plan;

namespace Meeting.Search;

/// <summary>
/// Writes the full-text search index from the model: under <c>search/</c>, a small manifest (the volumes, newest
/// first, with their shard counts and meeting counts), per volume its meetings and its shards of postings, per meeting the text a
/// result shows, and the keyword terms with their pinyin. Every file is a script, so the index loads by
/// <c>&lt;script src&gt;</c> from disk as well as from any host. The same model gives the same bytes; a meeting's
/// change rewrites its own text file and shards of its own year only.
/// </summary>
public static class SearchIndexWriter
{
    public static IReadOnlyList<ScriptFile> Build(SitePlan plan, SearchIndexOptions? options = null) =>
        Build(plan.Meetings, plan.Archive, options);

    /// <param name="meetings">The archive's meetings, in any order.</param>
    /// <param name="terms">The keyword terms of the whole archive.</param>
    public static IReadOnlyList<ScriptFile> Build(IReadOnlyList<SiteMeeting> meetings, ArchiveIndex terms, SearchIndexOptions? options = null)
    {
        options ??= SearchIndexOptions.Default;
        var volumes = SearchVolume.Of(meetings.Select(m => m.Report), options.VolumeYears);
        var shards = volumes.AsParallel().AsOrdered().Select(v => VolumeShards.Build(v, options)).ToList();

        var files = new List<ScriptFile>
        {
            Manifest(volumes, shards.Select(s => s.ShardCounts).ToList(), meetings.Count),
            TermsScript.Build(terms, meetings.Count == 1 ? meetings[0].Report : null),
        };
        for (var i = 0; i < volumes.Count; i++)
        {
            files.AddRange(MeetingsScripts(volumes[i]));
            files.AddRange(shards[i].Files);
        }

        files.AddRange(meetings.AsParallel().AsOrdered().Select(m => MeetingTextScript.Build(m.Report)));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Builds the index and writes it into the staged site; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteTo(SitePlan plan, Write.StagedSite site)
    {
        var files = Build(plan);
        Parallel.ForEach(files, f => site.Write(f.Path, f.Bytes));
        return files.Select(f => f.Path).ToList();
    }

    private static ScriptFile Manifest(IReadOnlyList<SearchVolume> volumes, IReadOnlyList<int[]> shardCounts, int meetings)
    {
        var data = new StringBuilder().Append("{\"meetings\":").Append(meetings.ToString(CultureInfo.InvariantCulture)).Append(",\"volumes\":[");
        for (var i = 0; i < volumes.Count; i++)
        {
            data.Append(i == 0 ? "[" : ",[").AppendString(volumes[i].Id).Append(",[")
                .AppendJoin(',', shardCounts[i].Select(c => c.ToString(CultureInfo.InvariantCulture))).Append("],")
                .Append(volumes[i].Meetings.Count.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        return ScriptFile.Of(SearchPaths.ManifestKey, data.Append("]}"));
    }

    // The slugs of the volume's meetings in the order the postings number them, a list per 256.
    private static IEnumerable<ScriptFile> MeetingsScripts(SearchVolume volume) =>
        volume.Meetings.Chunk(SearchVolume.MeetingsPerList).Select((chunk, list) =>
        {
            var data = new StringBuilder().Append('[');
            for (var i = 0; i < chunk.Length; i++)
            {
                data.Append(i == 0 ? "" : ",").AppendString(chunk[i].Slug);
            }

            return ScriptFile.Of(SearchPaths.MeetingsKey(volume.Id, list), data.Append(']'));
        });
}
