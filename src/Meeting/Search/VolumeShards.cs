using System.Runtime.InteropServices;
using System.Text;

namespace Meeting.Search;

/// <summary>
/// The postings of one volume: for every run of one to four characters in its sentences (folded by
/// <see cref="SearchText"/>, never across a space), where it occurs. Runs of one to three characters note the
/// sentence; runs of four also the offset, so a longer query is matched exactly by chaining its fours (高质量教 at
/// p and 教育体系 at p+3 give 高质量教育体系 at p), never guessed. Four, not three, because a four-character phrase (教育强国,
/// 立德树人) is the commonest query of the genre: it is then one lookup, one file per volume, where three meant
/// two, and the file count is what a cold query waits for. Each level is spread over as many shards (a power of
/// two) as keep a shard near <see cref="SearchIndexOptions.ShardBytes"/>, so a query loads a few small files.
/// </summary>
internal static class VolumeShards
{
    public const int Levels = 4;

    /// <summary>Shard counts per level (1 to <see cref="Levels"/> characters) and the shard files.</summary>
    /// <param name="sentencesOf">The text of each sentence of a meeting, in reading order, by the meeting's slug.</param>
    public static (int[] ShardCounts, List<ScriptFile> Files) Build(SearchVolume volume, Func<string, IEnumerable<string>> sentencesOf, SearchIndexOptions options)
    {
        var postings = Collect(volume, sentencesOf);
        var counts = new int[Levels];
        var files = new List<ScriptFile>();
        for (var level = 1; level <= Levels; level++)
        {
            var entries = postings[level - 1]
                .Select(p => (Ngram: Ngram(p.Key, level), Posting: p.Value))
                .ToList();
            var size = entries.Sum(e => Utf8Length(e.Ngram) + e.Posting.Length + 4L);
            var shards = 1;
            while (size / shards > options.ShardBytes)
            {
                shards *= 2;
            }

            counts[level - 1] = shards;
            var byShard = entries.ToLookup(e => NgramBucket.Of(e.Ngram, shards));
            for (var shard = 0; shard < shards; shard++)
            {
                var data = new StringBuilder().Append('{');
                var first = true;
                foreach (var (ngram, posting) in byShard[shard].OrderBy(e => e.Ngram, StringComparer.Ordinal))
                {
                    data.Append(first ? "" : ",").AppendString(ngram).Append(':').Append('"').Append(posting.Text()).Append('"');
                    first = false;
                }

                files.Add(ScriptFile.Of(SearchPaths.ShardKey(volume.Id, level, shard), data.Append('}')));
            }
        }

        return (counts, files);
    }

    private static Dictionary<ulong, PostingList>[] Collect(SearchVolume volume, Func<string, IEnumerable<string>> sentencesOf)
    {
        var levels = Enumerable.Range(0, Levels).Select(_ => new Dictionary<ulong, PostingList>()).ToArray();
        // Newest meeting first, as results are shown (see PostingList).
        for (var m = volume.Meetings.Count - 1; m >= 0; m--)
        {
            var s = 0;
            foreach (var sentence in sentencesOf(volume.Meetings[m]))
            {
                var text = SearchText.Fold(sentence);
                for (var i = 0; i < text.Length; i++)
                {
                    ulong key = 0;
                    for (var level = 1; level <= Levels && i + level <= text.Length; level++)
                    {
                        var c = text[i + level - 1];
                        if (SearchText.IsSpace(c))
                        {
                            break;
                        }

                        key |= (ulong)c << (16 * (level - 1));
                        ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(levels[level - 1], key, out _);
                        posting ??= new PostingList(positional: level == Levels, volume.Meetings.Count);
                        posting.Add(m, s, i);
                    }
                }

                s++;
            }
        }

        return levels;
    }

    private static string Ngram(ulong key, int level)
    {
        var chars = new char[level];
        for (var i = 0; i < level; i++)
        {
            chars[i] = (char)(key >> (16 * i));
        }

        return new string(chars);
    }

    private static int Utf8Length(string text) => text.Sum(c => c < 0x80 ? 1 : c < 0x800 ? 2 : 3);
}
