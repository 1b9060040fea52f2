using System.Globalization;
using System.Text;
using Meeting.Index;
using Meeting.Plan;

namespace Meeting.Search;

/// <summary>
/// Writes the full-text search index from the model: under <c>search/</c>, a small manifest (the volumes, newest
/// first, with their shard counts and meeting counts), per volume its meetings and its shards of postings, per meeting the text a
/// result shows, the newest meetings' texts again in one file, and the keyword terms with their pinyin. Every file is a script, so the index loads by
/// <c>&lt;script src&gt;</c> from disk as well as from any host. The same model gives the same bytes; a meeting's
/// change rewrites its own text file and shards of its own year only.
/// </summary>
public static class SearchIndexWriter
{
    /// <summary>The whole index of meetings all at hand.</summary>
    /// <param name="meetings">The archive's meetings, in any order.</param>
    /// <param name="terms">The keyword terms of the whole archive.</param>
    public static IReadOnlyList<ScriptFile> Build(IReadOnlyList<SiteMeeting> meetings, ArchiveIndex terms, SearchIndexOptions? options = null)
    {
        options ??= SearchIndexOptions.Default;
        var reports = meetings.ToDictionary(m => m.Slug, m => m.Report, StringComparer.Ordinal);
        var volumes = Volumes(meetings.Select(m => (m.Slug, m.Report.Date)), options);
        var shards = volumes.AsParallel().AsOrdered().Select(v => Shards(v, slug => reports[slug].Sentences.Select(s => s.Text), options)).ToList();
        var files = Root(volumes, shards.Select(s => s.ShardCounts).ToList(), terms, meetings.Count == 1 ? meetings[0].Slug : null).ToList();
        files.AddRange(shards.SelectMany(s => s.Files));
        files.AddRange(meetings.AsParallel().AsOrdered().Select(m => MeetingText(m.Report)));
        files.Add(RecentTexts(MeetingOrder.NewestFirst(meetings, m => m.Report.Date, m => m.Slug).Select(m => m.Report)).File);
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>The volumes the meetings (slug and day) fall into, newest first.</summary>
    public static IReadOnlyList<SearchVolume> Volumes(IEnumerable<(string Slug, DateOnly? Date)> meetings, SearchIndexOptions options) =>
        SearchVolume.Of(meetings, options.VolumeYears);

    /// <summary>One volume's shards of postings, from the text of its meetings' sentences (read one meeting at a time).</summary>
    public static (int[] ShardCounts, List<ScriptFile> Files) Shards(SearchVolume volume, Func<string, IEnumerable<string>> sentencesOf, SearchIndexOptions options) =>
        VolumeShards.Build(volume, sentencesOf, options);

    /// <summary>The files of the whole archive: the manifest, the lists of each volume's meetings, the terms.</summary>
    /// <param name="single">The slug of the archive's only meeting, whose term pages stand for the archive's; else null.</param>
    public static IEnumerable<ScriptFile> Root(IReadOnlyList<SearchVolume> volumes, IReadOnlyList<int[]> shardCounts, ArchiveIndex terms, string? single)
    {
        yield return Manifest(volumes, shardCounts, volumes.Sum(v => v.Meetings.Count));
        yield return TermsScript.Build(terms, single);
        foreach (var file in volumes.SelectMany(MeetingsScripts))
        {
            yield return file;
        }
    }

    /// <summary>The texts of the newest meetings in one file, loaded as the search page opens.</summary>
    /// <param name="newestFirst">The meetings in the archive's order; read only as far as the file's budget goes.</param>
    /// <returns>The file, and how many of the newest meetings it holds.</returns>
    public static (ScriptFile File, int Held) RecentTexts(IEnumerable<Model.MeetingReport> newestFirst) => RecentTextsScript.Build(newestFirst);

    /// <summary>What a result shows of one meeting: written with the meeting's pages.</summary>
    public static ScriptFile MeetingText(Model.MeetingReport meeting) => MeetingTextScript.Build(meeting);

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
                data.Append(i == 0 ? "" : ",").AppendString(chunk[i]);
            }

            return ScriptFile.Of(SearchPaths.MeetingsKey(volume.Id, list), data.Append(']'));
        });
}
