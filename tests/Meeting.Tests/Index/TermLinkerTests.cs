using Meeting.Index;
using Xunit;
using Meeting.Model;

namespace Meeting.Tests.Index;

public class TermLinkerTests
{
    [Fact]
    public void Only_the_first_occurrence_of_a_term_in_a_block_is_linked_and_the_longest_match_wins()
    {
        var report = TestReports.OfSentences("组织实施教育强国建设规划纲要，建成教育强国。", "教育强国建设规划纲要与教育强国。");
        var index = KeywordIndexer.Build(report, TestReports.ListOf("教育强国", "教育强国建设规划纲要"));
        var sentences = report.Sentences.ToList();

        var runs = TermLinker.Link(sentences, index);

        Assert.Equal(
            ["组织实施", "[教育强国建设规划纲要]", "，建成", "[教育强国]", "。"],
            runs["s1-1"].Select(Show));
        Assert.Equal(["教育强国建设规划纲要与教育强国。"], runs["s1-2"].Select(Show));
    }

    [Fact]
    public void Each_block_links_its_own_first_occurrences()
    {
        var report = TestReports.From("标题\n深化产教融合。\n深化产教融合。");
        var index = KeywordIndexer.Build(report, TestReports.ListOf("产教融合"));

        foreach (var paragraph in report.Paragraphs)
        {
            var runs = TermLinker.Link(paragraph.Sentences, index);
            Assert.Equal(["深化", "[产教融合]", "。"], runs[paragraph.Sentences[0].Id].Select(Show));
        }
    }

    [Fact]
    public void Where_matches_overlap_the_longer_one_is_the_link_and_runs_do_not_overlap()
    {
        var report = TestReports.OfSentences("推动行业产教融合共同体建设。", "深化产教融合。");
        var index = KeywordIndexer.Build(report, TestReports.ListOf("产教融合", "融合共同体建设"));

        var runs = TermLinker.Link(report.Sentences, index);

        Assert.Equal(["推动行业产教", "[融合共同体建设]", "。"], runs["s1-1"].Select(Show));
        Assert.Equal(["深化", "[产教融合]", "。"], runs["s1-2"].Select(Show));
    }

    [Fact]
    public void The_runs_of_every_sentence_give_back_its_text_and_link_each_term_once_per_paragraph()
    {
        var report = TestReports.Real();
        var index = KeywordIndexer.Build(report, TestReports.RealList());

        foreach (var paragraph in report.Paragraphs)
        {
            var runs = TermLinker.Link(paragraph.Sentences, index);
            Assert.All(paragraph.Sentences, s => Assert.Equal(s.Text, string.Concat(runs[s.Id].Select(r => r.Text))));
            var linked = paragraph.Sentences.SelectMany(s => runs[s.Id]).Where(r => r.Term is not null).ToList();
            Assert.Equal(linked.Count, linked.Select(r => r.Term!.Term).Distinct().Count());
            Assert.All(linked, r => Assert.Contains(r.Text, index.Find(r.Term!.Term)!.Occurrences.Select(o => o.Form)));
        }

        var tasks = report.Paragraphs[3];
        var tasksLinked = TermLinker.Link(tasks.Sentences, index).Values.SelectMany(r => r).Where(r => r.Term is not null);
        Assert.Contains(tasksLinked, r => r.Text == "产教融合");
    }

    private static string Show(TextRun run) => run.Term is null ? run.Text : $"[{run.Text}]";
}
