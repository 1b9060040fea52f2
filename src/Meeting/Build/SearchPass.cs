using System.Security.Cryptography;
using System.Text;
using Meeting.Plan;
using Meeting.Search;
using Meeting.Write;

namespace Meeting.Build;

/// <summary>
/// The search index within the build's two passes. Each volume's shards need the text of every meeting of the
/// volume, so a volume is built from its meetings' stored models read one at a time, in the order its postings
/// number them, and dropped before the next volume: memory grows with the largest volume. A volume whose meetings
/// (slugs and models) are those of the last build keeps its files, as a meeting does (<see cref="RenderCache"/>).
/// The files of the whole archive (manifest, meeting lists, terms) come from the plan, and the newest meetings'
/// texts from their models, read newest first only as far as that file's budget goes, and only when one of them
/// changed. Each meeting's own text file
/// is written with its pages (<see cref="MeetingPass"/>). Returns the paths written.
/// </summary>
internal static class SearchPass
{
    public static IReadOnlyList<string> Run(SitePlan plan, StagedSite site, RenderCache cache, Func<string, SiteMeeting> readModel)
    {
        var options = SearchIndexOptions.Default;
        var models = plan.Meetings.ToDictionary(m => m.Slug, m => m.ModelHash, StringComparer.Ordinal);
        var volumes = SearchIndexWriter.Volumes(plan.Meetings.Select(m => (m.Slug, m.Date)), options);
        var counts = new int[volumes.Count][];
        var written = new List<string>[volumes.Count];
        ParallelWork.ForEach(Enumerable.Range(0, volumes.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var volume = volumes[i];
            var name = VolumeName(volume.Id);
            var key = Key(volume, models, options);
            if (cache.ReuseGroup(name, key, null, site) is { Counts: { } kept } entry)
            {
                (counts[i], written[i]) = (kept, entry.Files.Select(f => f.Path).ToList());
                return;
            }

            var (shardCounts, files) = SearchIndexWriter.Shards(volume, slug => readModel(slug).Report.Sentences.Select(s => s.Text).ToList(), options);
            foreach (var file in files)
            {
                site.Write(file.Path, file.Bytes);
            }

            var paths = files.Select(f => f.Path).ToList();
            cache.Rendered(name, key, paths, null, site, shardCounts);
            (counts[i], written[i]) = (shardCounts, paths);
        });

        var root = SearchIndexWriter.Root(volumes, counts, plan.Archive, plan.Meetings.Count == 1 ? plan.Meetings[0].Slug : null).ToList();
        foreach (var file in root)
        {
            site.Write(file.Path, file.Bytes);
        }

        return [.. root.Select(f => f.Path), RecentTexts(plan, site, cache, readModel), .. written.SelectMany(w => w), .. plan.Meetings.Select(m => TextPath(m.Slug))];
    }

    /// <summary>
    /// The newest meetings' texts in one file, kept as it was while the meetings it held, and the one after them
    /// (whose size decided where the file stops), are the same meetings with the same models: a build that changed
    /// nothing then reads no model for it.
    /// </summary>
    private static string RecentTexts(SitePlan plan, StagedSite site, RenderCache cache, Func<string, SiteMeeting> readModel)
    {
        const string name = "~search-recent";
        var path = SearchPaths.FileOf(SearchPaths.RecentKey);
        if (cache.Previous(name) is { Counts: [var held] } && cache.ReuseGroup(name, RecentKey(plan, held), [path], site) is not null)
        {
            return path;
        }

        var (file, count) = SearchIndexWriter.RecentTexts(plan.Meetings.Select(m => readModel(m.Slug).Report));
        site.Write(file.Path, file.Bytes);
        cache.Rendered(name, RecentKey(plan, count), [path], null, site, [count]);
        return path;
    }

    private static string RecentKey(SitePlan plan, int held) =>
        KeyOf("recent", plan.Meetings.Take(held + 1).Select(m => (m.Slug, m.ModelHash)));

    /// <summary>The meeting's own file of the index: what a result shows of it.</summary>
    public static string TextPath(string slug) => SearchPaths.FileOf(SearchPaths.TextKey(slug));

    // Not a slug: a slug has no '~'.
    private static string VolumeName(string id) => "~search-" + id;

    private static string Key(SearchVolume volume, Dictionary<string, string> models, SearchIndexOptions options) =>
        KeyOf($"{options}\n{volume.Id}", volume.Meetings.Select(slug => (slug, models[slug])));

    // A group's key: the generator, what else the group depends on, and each of its meetings with its model's hash.
    private static string KeyOf(string head, IEnumerable<(string Slug, string Model)> meetings)
    {
        var text = new StringBuilder().Append(GeneratorIdentity.Value).Append('\n').Append(head).Append('\n');
        foreach (var (slug, model) in meetings)
        {
            text.Append(slug).Append(' ').Append(model).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
