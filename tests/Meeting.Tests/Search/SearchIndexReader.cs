using System.Text;
using System.Text.Json;
using Meeting.Search;
using Xunit;

namespace Meeting.Tests.Search;

/// <summary>
/// Reads the index the way templates/assets/search.js does, in C#: each file's data, the postings decoded, a
/// query answered by the same rules (short words looked up, long ones chained from their longest pieces). The tests
/// compare its answers with a plain scan of the model, so a fault in the writer or in the rules shows.
/// </summary>
internal sealed partial class SearchIndexReader
{
    // An n-gram may hold half of a character beyond the BMP, which the script writes as an escape (valid JavaScript);
    // .NET's JSON reader refuses it, so the reader puts a private-use character in its place, the same on both sides.
    [System.Text.RegularExpressions.GeneratedRegex(@"\\u(d[89a-f][0-9a-f]{2})")]
    private static partial System.Text.RegularExpressions.Regex LoneSurrogates();

    private static string Placeholder(string hex) => ((char)(0xF000 + Convert.ToInt32(hex, 16) - 0xD800)).ToString();

    private static string Readable(string ngram)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < ngram.Length; i++)
        {
            if (char.IsSurrogatePair(ngram, i))
            {
                builder.Append(ngram, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(ngram[i]) ? Placeholder(((int)ngram[i]).ToString("x4")) : ngram[i].ToString());
            }
        }

        return builder.ToString();
    }

    private readonly Dictionary<string, JsonElement> _data = new(StringComparer.Ordinal);

    public SearchIndexReader(IEnumerable<ScriptFile> files)
    {
        foreach (var file in files)
        {
            var text = Encoding.UTF8.GetString(file.Bytes);
            const string prefix = "MeetingSearch.add(";
            if (!text.StartsWith(prefix, StringComparison.Ordinal) || !text.EndsWith(");\n", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{file.Path} is not one call of MeetingSearch.add");
            }

            // The call's two arguments are JSON too: read them as an array.
            using var document = JsonDocument.Parse("[" + LoneSurrogates().Replace(text[prefix.Length..^3], m => Placeholder(m.Groups[1].Value)) + "]");
            var key = document.RootElement[0].GetString()!;
            Assert.Equal(SearchPaths.FileOf(key), file.Path);
            _data[key] = document.RootElement[1].Clone();
        }
    }

    public JsonElement this[string key] => _data[key];

    public bool Has(string key) => _data.ContainsKey(key);

    public IEnumerable<(string Id, int[] Shards)> Volumes =>
        this[SearchPaths.ManifestKey].GetProperty("volumes").EnumerateArray()
            .Select(v => (v[0].GetString()!, v[1].EnumerateArray().Select(c => c.GetInt32()).ToArray()));

    /// <summary>The sentences (meeting slug, sentence id) holding every word of the query, in no particular order.</summary>
    public HashSet<(string Slug, string Id)> Find(string query)
    {
        var words = SearchText.Fold(query).Split((char[])[' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        var result = new HashSet<(string, string)>();
        foreach (var (volume, shards) in Volumes)
        {
            HashSet<(int, int)>? found = null;
            foreach (var word in words)
            {
                var hits = FindWord(volume, shards, word);
                found = found is null ? hits : found.Intersect(hits).ToHashSet();
            }

            foreach (var (m, s) in found ?? [])
            {
                var slug = this[SearchPaths.MeetingsKey(volume, m / SearchVolume.MeetingsPerList)][m % SearchVolume.MeetingsPerList].GetString()!;
                result.Add((slug, this[SearchPaths.TextKey(slug)].GetProperty("s")[s][0].GetString()!));
            }
        }

        return result;
    }

    private HashSet<(int, int)> FindWord(string volume, int[] shards, string word)
    {
        // The manifest's shard counts, one per level, say how long the longest n-grams are.
        var top = shards.Length;
        var pieces = word.Length <= top
            ? [(word, 0)]
            : Enumerable.Range(0, word.Length / top).Select(i => (word.Substring(i * top, top), i * top)).Append((word[^top..], word.Length - top)).Distinct().ToList();
        var postings = pieces.Select(p => (Offset: p.Item2, Map: Postings(volume, shards, p.Item1))).ToList();
        var hits = new HashSet<(int, int)>();
        foreach (var (sentence, positions) in postings[0].Map)
        {
            if (postings.Count == 1 || positions.Any(p => postings.All(x => x.Map.TryGetValue(sentence, out var at) && at.Contains(p + x.Offset))))
            {
                hits.Add(sentence);
            }
        }

        return hits;
    }

    public Dictionary<(int Meeting, int Sentence), List<int>> Postings(string volume, int[] shards, string ngram)
    {
        var level = ngram.Length;
        var shard = this[SearchPaths.ShardKey(volume, level, NgramBucket.Of(ngram, shards[level - 1]))];
        return shard.TryGetProperty(Readable(ngram), out var posting) ? Decode(posting.GetString()!, level == shards.Length, MeetingCount(volume)) : [];
    }

    /// <summary>How many meetings the manifest says the volume has.</summary>
    public int MeetingCount(string volume) =>
        this[SearchPaths.ManifestKey].GetProperty("volumes").EnumerateArray().Single(v => v[0].GetString() == volume)[2].GetInt32();

    /// <summary>A posting list: each sentence with its offsets (empty where they are not kept). Checks the count before the entries.</summary>
    public static Dictionary<(int Meeting, int Sentence), List<int>> Decode(string text, bool positional, int meetings)
    {
        var result = new Dictionary<(int, int), List<int>>();
        var i = 0;
        int Next()
        {
            var (value, shift) = (0, 0);
            int digit;
            do
            {
                digit = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".IndexOf(text[i++]);
                value |= (digit & 31) << shift;
                shift += 5;
            }
            while ((digit & 32) != 0);
            return value;
        }

        var count = Next();
        var (meeting, sentence, position) = (meetings, 0, 0);
        var order = new List<(int, int)>();
        while (i < text.Length)
        {
            var head = Next();
            var same = head == 0;
            if (head % 2 == 0)
            {
                sentence += head / 2;
            }
            else
            {
                meeting -= ((head - 1) / 2) + 1;
                sentence = Next();
            }

            if (!result.TryGetValue((meeting, sentence), out var list))
            {
                result[(meeting, sentence)] = list = [];
                order.Add((meeting, sentence));
            }

            if (positional)
            {
                var step = Next();
                position = same ? position + step : step;
                list.Add(position);
            }
        }

        Assert.Equal(count, result.Count);
        // Newest meeting first, each meeting's sentences in reading order: the order a reader sees them in.
        Assert.Equal(order.OrderByDescending(k => k.Item1).ThenBy(k => k.Item2), order);
        Assert.True(meeting >= 0, "a meeting number below 0");
        return result;
    }
}
