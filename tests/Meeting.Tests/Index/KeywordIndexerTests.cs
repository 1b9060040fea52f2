using Meeting.Diagnostics;
using Meeting.Index;
using Xunit;

namespace Meeting.Tests.Index;

public class KeywordIndexerTests
{
    private static readonly string[] QuotedIn2024 =
        ["两个确立", "十四五", "两个维护", "强国建设、教育何为", "两个先行先试", "四链", "双减", "引进来", "走出去", "三不腐", "四风"];

    [Fact]
    public void Every_count_of_the_2024_index_equals_the_occurrences_in_the_text()
    {
        var report = TestReports.Real();
        var list = TestReports.RealList();
        var index = KeywordIndexer.Build(report, list);
        var body = string.Concat(report.Sentences.Select(s => s.Text));

        foreach (var term in index.Terms)
        {
            var forms = list.Entries.FirstOrDefault(e => e.Term == term.Term)?.Forms.ToList() ?? [term.Term];
            var expected = forms.Sum(form => report.Sentences.Sum(s => TestReports.CountOf(form, s.Text)));
            Assert.True(expected == term.Count, $"{term.Term}: counted {term.Count}, the text has {expected}");
            // No term crosses a sentence end, so the whole text gives the same count.
            Assert.Equal(expected, forms.Sum(form => TestReports.CountOf(form, body)));
        }

        Assert.Equal(8, index.Find("教育强国")!.Count);
        Assert.Equal(9, index.Find("抓落实")!.Count);
    }

    [Fact]
    public void Every_occurrence_points_at_a_sentence_holding_the_term()
    {
        var report = TestReports.Real();
        var list = TestReports.RealList();
        var index = KeywordIndexer.Build(report, list);
        var sentences = report.Sentences.ToDictionary(s => s.Id);

        foreach (var term in index.Terms)
        {
            var forms = list.Entries.FirstOrDefault(e => e.Term == term.Term)?.Forms.ToList() ?? [term.Term];
            foreach (var occurrence in term.Occurrences)
            {
                Assert.Equal(occurrence.Form, sentences[occurrence.SentenceId].Text.Substring(occurrence.Offset, occurrence.Length));
                Assert.Contains(occurrence.Form, forms);
            }
        }
    }

    [Fact]
    public void The_2024_index_holds_every_listed_term_and_every_quoted_term_and_nothing_else()
    {
        var list = TestReports.RealList();
        var index = KeywordIndexer.Build(TestReports.Real(), list);

        Assert.Empty(index.Warnings);
        var expected = list.Entries.Select(e => e.Term).Concat(QuotedIn2024).Order(StringComparer.Ordinal);
        Assert.Equal(expected, index.Terms.Select(t => t.Term).Order(StringComparer.Ordinal));
        Assert.All(QuotedIn2024, q => Assert.True(index.Find(q)!.Quoted));
        Assert.False(index.Find("教育强国")!.Quoted);
        // "See also" may point at a term the report quotes, which no line of the list names.
        Assert.Equal(["双减", "基础教育提质扩优工程"], index.Find("基础教育")!.SeeAlso);
    }

    [Fact]
    public void Nested_terms_each_count()
    {
        var report = TestReports.OfSentences("把组织实施教育强国建设规划纲要作为工作主线。", "建成教育强国。");
        var index = KeywordIndexer.Build(report, TestReports.ListOf("教育强国", "教育强国建设规划纲要"));

        Assert.Equal(2, index.Find("教育强国")!.Count);
        Assert.Equal(1, index.Find("教育强国建设规划纲要")!.Count);
        Assert.Equal(["s1-1", "s1-2"], index.Find("教育强国")!.Occurrences.Select(o => o.SentenceId));
    }

    [Fact]
    public void Aliases_count_for_their_term()
    {
        var report = TestReports.OfSentences("推动教育、科技、人才深度融合。", "从教育科技人才一体推进的大战略上办教育。");
        var index = KeywordIndexer.Build(report, TestReports.ListOf("教育、科技、人才 | 教育科技人才"));

        var term = Assert.Single(index.Terms);
        Assert.Equal("教育、科技、人才", term.Term);
        Assert.Equal(["教育、科技、人才", "教育科技人才"], term.Occurrences.Select(o => o.Form));
    }

    [Fact]
    public void An_alias_that_contains_the_term_counts_each_place_once()
    {
        var report = TestReports.OfSentences("教育的数字化与教育数字化。");
        var index = KeywordIndexer.Build(report, TestReports.ListOf("数字化 | 教育的数字化"));

        Assert.Equal(["教育的数字化", "数字化"], index.Find("数字化")!.Occurrences.Select(o => o.Form));
    }

    [Fact]
    public void Quoted_terms_join_without_a_list_and_a_listed_quoted_term_is_not_doubled()
    {
        var report = TestReports.OfSentences("巩固深化“双减”成果，持续纠「四风」。", "“双减”之外，他说“这是一句很长很长的话，不是一个词语，不该进入索引”。");

        var withoutList = KeywordIndexer.Build(report, KeywordList.Empty);
        Assert.Equal(["双减", "四风"], withoutList.Terms.Select(t => t.Term).Order(StringComparer.Ordinal));
        Assert.Equal(2, withoutList.Find("双减")!.Count);

        var withList = KeywordIndexer.Build(report, TestReports.ListOf("双减"));
        Assert.Single(withList.Terms, t => t.Term == "双减");
        Assert.True(withList.Find("双减")!.Quoted);
    }

    [Fact]
    public void A_listed_term_that_never_occurs_is_a_warning_with_its_line_and_is_left_out()
    {
        var report = TestReports.OfSentences("建成教育强国。");
        var index = KeywordIndexer.Build(report, TestReports.ListOf("# 注释", "教育强国", "新质生产力"));

        var warning = Assert.Single(index.Warnings);
        Assert.Equal((Severity.Warning, "content/_keywords.txt", 3, 1), (warning.Severity, warning.Path, warning.Line, warning.Column));
        Assert.Contains("新质生产力", warning.Message);
        Assert.Null(index.Find("新质生产力"));
    }

    [Fact]
    public void See_also_keeps_only_terms_of_the_index_and_warns_about_the_rest()
    {
        var report = TestReports.OfSentences("深化科教融汇，深化产教融合。");
        var index = KeywordIndexer.Build(report, TestReports.ListOf("产教融合 | 见：科教融汇；新质生产力", "科教融汇"));

        Assert.Equal(["科教融汇"], index.Find("产教融合")!.SeeAlso);
        var warning = Assert.Single(index.Warnings);
        Assert.Equal(1, warning.Line);
        Assert.Contains("新质生产力", warning.Message);
    }

    [Fact]
    public void Related_terms_are_those_sharing_most_sentences_first()
    {
        var report = TestReports.OfSentences(
            "高等教育与职业教育。", "高等教育与职业教育。", "高等教育与基础教育。", "职业教育。");
        var index = KeywordIndexer.Build(report, TestReports.ListOf("高等教育", "职业教育", "基础教育"));

        Assert.Equal(["职业教育", "基础教育"], index.Find("高等教育")!.Related);
        Assert.Equal(["高等教育"], index.Find("基础教育")!.Related);
    }

    [Fact]
    public void The_same_input_gives_the_same_index()
    {
        var first = KeywordIndexer.Build(TestReports.Real(), TestReports.RealList());
        var second = KeywordIndexer.Build(TestReports.Real(), TestReports.RealList());

        Assert.Equal(first.Terms.Select(Describe), second.Terms.Select(Describe));

        static string Describe(TermEntry t) =>
            $"{t.Term}|{t.Slug}|{t.Letter}|{string.Join(",", t.Occurrences)}|{string.Join(",", t.Related)}|{string.Join(",", t.SeeAlso)}";
    }
}
