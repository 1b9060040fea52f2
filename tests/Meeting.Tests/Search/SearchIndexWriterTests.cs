using System.Text;
using Meeting.Index;
using Meeting.Model;
using Meeting.Plan;
using Meeting.Search;
using Meeting.Tests.Index;
using Xunit;

namespace Meeting.Tests.Search;

/// <summary>The index the build writes for search: every sentence found, the same bytes each time, cut where it should be.</summary>
public sealed class SearchIndexWriterTests
{
    private static readonly Lazy<MeetingReport> Report2024 = new(TestReports.Parsed);

    private static IReadOnlyList<ScriptFile> Build(SearchIndexOptions? options, params MeetingReport[] reports)
    {
        var meetings = reports.Select(r => new SiteMeeting(r, KeywordIndexer.Build(r, TestReports.RealList()))).ToList();
        return SearchIndexWriter.Build(meetings, ArchiveIndex.Build(meetings.Select(m => (m.Report, m.Index)).ToList()), options);
    }

    /// <summary>What a reader expects: every sentence whose text holds every word, compared folded.</summary>
    private static HashSet<(string, string)> Scan(string query, params MeetingReport[] reports)
    {
        var words = SearchText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return reports
            .SelectMany(r => r.Sentences.Select(s => (r.Slug, s.Id, Text: SearchText.Fold(s.Text))))
            .Where(s => words.All(w => s.Text.Contains(w, StringComparison.Ordinal)))
            .Select(s => (s.Slug, s.Id))
            .ToHashSet();
    }

    [Theory]
    [InlineData("教育强国")]
    [InlineData("教育")]
    [InlineData("教")]
    [InlineData("产教融合 科教融汇")]
    [InlineData("强国建设、教育何为")]
    [InlineData("2035")]
    [InlineData("２０３５")]
    [InlineData("习近平新时代中国特色社会主义思想")]
    [InlineData("“双减”")]
    [InlineData("会议 强调 教育")]
    [InlineData("县中")]
    public void A_query_finds_exactly_the_sentences_that_contain_every_word(string query)
    {
        var reader = new SearchIndexReader(Build(null, Report2024.Value));

        Assert.Equal(Scan(query, Report2024.Value).Order(), reader.Find(query).Order());
    }

    [Fact]
    public void Every_piece_of_every_sentence_of_the_2024_report_is_found_where_it_stands()
    {
        var report = Report2024.Value;
        var reader = new SearchIndexReader(Build(null, report));

        // Every substring of up to 9 characters of every sentence, as a query: what the index says is what a scan says.
        var queries = report.Sentences
            .SelectMany(s => Enumerable.Range(0, s.Text.Length).SelectMany(i => Enumerable.Range(1, Math.Min(9, s.Text.Length - i)).Select(n => s.Text.Substring(i, n))))
            .Where(q => !q.Any(SearchText.IsSpace))
            .Distinct()
            .Where((_, i) => i % 7 == 0) // a seventh of them keeps the test quick and still covers every length and part
            .ToList();
        Assert.True(queries.Count > 2000, $"only {queries.Count} queries");
        var wrong = queries.Where(q => !reader.Find(q).SetEquals(Scan(q, report))).Take(5).ToList();

        Assert.True(wrong.Count == 0, "queries answered wrongly: " + string.Join(" | ", wrong));
    }

    [Fact]
    public void Pieces_chained_at_their_distances_do_not_match_a_sentence_that_has_them_apart()
    {
        // 建设教育体系 … 教育强国: both pieces of 建设教育强国 (建设教育 and 教育强国) occur, apart; the phrase does not.
        var report = TestReports.OfSentences("要建设教育体系，培养教育强国之才。", "加快建设教育强国。");
        var reader = new SearchIndexReader(Build(null, report));

        Assert.Equal([("test", "s1-2")], reader.Find("建设教育强国"));
        Assert.Equal([("test", "s1-1"), ("test", "s1-2")], reader.Find("教育强国").Order());
    }

    [Fact]
    public void A_four_character_phrase_is_one_lookup_in_one_shard_of_each_volume()
    {
        var reader = new SearchIndexReader(Build(null, Report2024.Value));
        var (volume, shards) = Assert.Single(reader.Volumes);

        Assert.Equal(VolumeShards.Levels, shards.Length);
        Assert.Equal(4, shards.Length);
        Assert.Equal(SentencesOf(Scan("教育强国", Report2024.Value)), reader.Postings(volume, shards, "教育强国").Keys.Select(k => k.Sentence).ToHashSet());
    }

    private static HashSet<int> SentencesOf(HashSet<(string Slug, string Id)> hits) =>
        hits.Select(h => Report2024.Value.Sentences.Select((s, i) => (s.Id, i)).Single(x => x.Id == h.Id).i).ToHashSet();

    [Fact]
    public void Full_width_and_half_width_forms_and_either_case_of_Latin_match_each_other()
    {
        var report = TestReports.OfSentences("推进ＡＩ赋能教育，到２０３５年。", "发展Ai教育。", "其他内容。");
        var reader = new SearchIndexReader(Build(null, report));

        Assert.Equal(["s1-1", "s1-2"], reader.Find("ai").Select(h => h.Id).Order());
        Assert.Equal(["s1-1", "s1-2"], reader.Find("ＡＩ").Select(h => h.Id).Order());
        Assert.Equal(["s1-1"], reader.Find("2035年").Select(h => h.Id));
        Assert.Equal(["s1-1"], reader.Find("ai赋能 ２０３５").Select(h => h.Id));
    }

    [Fact]
    public void Quotes_backslashes_markup_and_characters_beyond_the_BMP_survive_as_text()
    {
        var sentence = "他说\"</script><b>\\n𠀀𠀁是“字”；";
        var report = TestReports.OfSentences(sentence);
        var files = Build(null, report);
        var reader = new SearchIndexReader(files);

        Assert.Equal(sentence, reader[SearchPaths.TextKey("test")].GetProperty("s")[0][1].GetString());
        Assert.Single(reader.Find("</script>"));
        Assert.Single(reader.Find("𠀀𠀁"));
        Assert.Single(reader.Find("\"</"));
        // No file holds a raw line separator or a lone surrogate: each is one line of valid UTF-8.
        Assert.All(files, f => Assert.Equal(f.Bytes, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(f.Bytes))));
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes()
    {
        var first = Build(null, Report2024.Value);
        var second = Build(null, TestReports.Parsed());

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), pair.First.Path));
    }

    [Fact]
    public void Each_level_is_cut_into_a_power_of_two_shards_near_the_size_asked_for_and_each_ngram_is_in_the_shard_its_hash_names()
    {
        var options = new SearchIndexOptions(ShardBytes: 2048);
        var files = Build(options, Report2024.Value);
        var reader = new SearchIndexReader(files);
        var (volume, shards) = Assert.Single(reader.Volumes);

        Assert.Equal("2020-2029", volume);
        for (var level = 1; level <= shards.Length; level++)
        {
            var count = shards[level - 1];
            Assert.True(count > 1 && (count & (count - 1)) == 0, $"level {level}: {count} shards");
            var sizes = Enumerable.Range(0, count).Select(s => files.Single(f => f.Path == SearchPaths.FileOf(SearchPaths.ShardKey(volume, level, s))).Bytes.Length).ToList();
            Assert.True(sizes.Average() <= options.ShardBytes * 1.2, $"level {level}: shards of {sizes.Average():F0} bytes on average");
            for (var s = 0; s < count; s++)
            {
                foreach (var ngram in reader[SearchPaths.ShardKey(volume, level, s)].EnumerateObject())
                {
                    Assert.Equal(level, ngram.Name.Length);
                    Assert.Equal(s, NgramBucket.Of(ngram.Name, count));
                }
            }
        }

        // A larger target, fewer shards; the default keeps the one report's index in a handful of files.
        Assert.True(new SearchIndexReader(Build(null, Report2024.Value)).Volumes.Single().Shards.Sum() < shards.Sum());
    }

    [Fact]
    public void Volumes_go_by_decade_or_year_newest_first_and_a_change_to_one_meeting_leaves_the_other_volumes_files_as_they_were()
    {
        var older = TestReports.From("2023年会议\n　　2023年1月12日，会议召开。会议强调，要推进教育强国建设。", "2023-01-12", new DateOnly(2023, 1, 12));
        var changed = older with { Paragraphs = [older.Paragraphs[0] with { Sentences = [.. older.Paragraphs[0].Sentences, new Sentence("s1-3", 1, "新增一句关于县中的话。", default)] }] };
        var undated = TestReports.From("无日期会议\n　　会议强调，要办好县中。", "undated-meeting");
        var byYear = new SearchIndexOptions(VolumeYears: 1);
        var before = Build(byYear, Report2024.Value, older, undated);
        var after = Build(byYear, Report2024.Value, changed, undated);

        Assert.Equal(["2020-2029", SearchVolume.Undated], new SearchIndexReader(Build(null, Report2024.Value, older, undated)).Volumes.Select(v => v.Id));
        Assert.Equal(["2024", "2023", SearchVolume.Undated], new SearchIndexReader(before).Volumes.Select(v => v.Id));
        var changedFiles = before.Zip(after).Where(p => !p.First.Bytes.AsSpan().SequenceEqual(p.Second.Bytes)).Select(p => p.First.Path).ToList();
        Assert.Equal(before.Select(f => f.Path), after.Select(f => f.Path));
        Assert.NotEmpty(changedFiles);
        // Its own volume's files, its own text, and the newest meetings' texts (three meetings: all are among them).
        Assert.All(changedFiles, p => Assert.True(p.StartsWith("search/v/2023/", StringComparison.Ordinal) || p is "search/text/2023-01-12.js" or "search/recent.js", p));
        Assert.Equal([("2023-01-12", "s1-3"), ("undated-meeting", "s1-1")], new SearchIndexReader(after).Find("县中").Order());
    }

    [Fact]
    public void A_newer_meeting_of_the_same_year_is_numbered_after_the_older_ones_so_their_postings_keep_their_place()
    {
        var january = TestReports.From("一月会议\n　　会议强调，要建设教育强国。要办好县中。", "2024-01-02", new DateOnly(2024, 1, 2));
        var december = TestReports.From("十二月会议\n　　会议强调，要建设教育强国。", "2024-12-30", new DateOnly(2024, 12, 30));
        var alone = new SearchIndexReader(Build(null, january));
        var both = new SearchIndexReader(Build(null, january, december));

        Assert.Equal(["2024-01-02", "2024-12-30"], both[SearchPaths.MeetingsKey("2020-2029", 0)].EnumerateArray().Select(m => m.GetString()));
        // The January meeting keeps its number when December's is added: its postings decode to the same places.
        var shardsAlone = alone.Volumes.Single().Shards;
        var shardsBoth = both.Volumes.Single().Shards;
        var postingAlone = alone.Postings("2020-2029", shardsAlone, "教育强国");
        var postingBoth = both.Postings("2020-2029", shardsBoth, "教育强国");
        Assert.Equal(postingAlone.Keys, postingBoth.Keys.Where(k => k.Meeting == 0));
        Assert.Contains(postingBoth.Keys, k => k.Meeting == 1);
    }

    [Fact]
    public void The_newest_meetings_texts_come_again_in_one_file_newest_first_until_its_budget_is_spent()
    {
        // Forty meetings of the 2024 report's size, a week apart, given out of order.
        var days = Enumerable.Range(0, 40).Select(i => new DateOnly(2023, 1, 5).AddDays(7 * i)).ToList();
        var meetings = days.Select((d, i) => (d, Key: (i * 17) % 40)).OrderBy(x => x.Key)
            .Select(x => Report2024.Value with { Slug = x.d.ToString("yyyy-MM-dd"), Date = x.d })
            .ToArray();
        var reader = new SearchIndexReader(Build(null, meetings));
        var perMeeting = System.Text.Encoding.UTF8.GetByteCount(reader[SearchPaths.TextKey(meetings[0].Slug)].GetRawText());
        Assert.InRange(perMeeting, RecentTextsScript.Budget / 35, RecentTextsScript.Budget / 2); // so that the budget bites

        var recent = reader[SearchPaths.RecentKey].EnumerateArray().ToList();

        var expected = days.AsEnumerable().Reverse().Take(RecentTextsScript.Budget / perMeeting).Select(d => SearchPaths.TextKey(d.ToString("yyyy-MM-dd"))).ToList();
        Assert.Equal(expected, recent.Select(r => r[0].GetString()));
        Assert.All(recent, r => Assert.Equal(reader[r[0].GetString()!].GetRawText(), r[1].GetRawText()));
    }

    [Fact]
    public void Meetings_of_the_same_day_are_numbered_so_that_backwards_is_the_archives_order()
    {
        var first = TestReports.From("会议甲\n　　会议强调，要建设教育强国。", "2024-01-11", new DateOnly(2024, 1, 11));
        var second = TestReports.From("会议乙\n　　会议强调，要建设教育强国。", "2024-01-11-2", new DateOnly(2024, 1, 11));
        var older = TestReports.From("会议丙\n　　会议强调，要建设教育强国。", "2023-05-01", new DateOnly(2023, 5, 1));
        var reader = new SearchIndexReader(Build(null, second, older, first));

        // The archive lists them 2024-01-11, 2024-01-11-2, 2023-05-01 (newest first, then by slug): the script reads
        // a volume's numbers from the last to the first.
        var numbered = reader[SearchPaths.MeetingsKey("2020-2029", 0)].EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Equal(["2023-05-01", "2024-01-11-2", "2024-01-11"], numbered);
        var archiveOrder = Meeting.Plan.MeetingOrder.NewestFirst(new[] { first, second, older }.Select(r => MeetingSummary.Of(r, KeywordIndex.Empty, "")));
        Assert.Equal(archiveOrder.Select(m => m.Slug), numbered.AsEnumerable().Reverse());
    }
}
