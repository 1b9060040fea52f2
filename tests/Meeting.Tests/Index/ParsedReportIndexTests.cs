using Meeting.Index;
using Meeting.Model;
using Xunit;

namespace Meeting.Tests.Index;

/// <summary>The index on the model the real parser gives, as the site will build it.</summary>
public class ParsedReportIndexTests
{
    [Fact]
    public void Counts_on_the_parsed_report_equal_the_occurrences_in_the_published_text()
    {
        var report = TestReports.Parsed();
        var list = TestReports.RealList();
        var index = KeywordIndexer.Build(report, list);
        // The body without the title line: the title holds 教育 but no index term.
        var body = report.Source.Text[report.Paragraphs[0].Span.Start..];

        Assert.Empty(index.Warnings);
        Assert.Equal(list.Entries.Count + 11, index.Terms.Count);
        foreach (var term in index.Terms)
        {
            var forms = list.Entries.FirstOrDefault(e => e.Term == term.Term)?.Forms ?? [term.Term];
            Assert.True(forms.Sum(f => TestReports.CountOf(f, body)) == term.Count, term.Term);
        }
    }

    [Fact]
    public void Every_occurrence_lands_on_a_sentence_of_the_parsed_report_holding_the_term()
    {
        var report = TestReports.Parsed();
        var sentences = report.Sentences.ToDictionary(s => s.Id);
        var index = KeywordIndexer.Build(report, TestReports.RealList());

        Assert.All(index.Terms.SelectMany(t => t.Occurrences), o =>
            Assert.Equal(o.Form, sentences[o.SentenceId].Text.Substring(o.Offset, o.Length)));
    }

    [Fact]
    public void Each_task_that_speaks_of_a_term_links_it_once()
    {
        var report = TestReports.Parsed();
        var index = KeywordIndexer.Build(report, TestReports.RealList());
        var tasks = report.Find(SectionKind.Tasks)!;

        var linkedPerTask = tasks.Items
            .Select(item => TermLinker.Link(item.Sentences, index).Values.SelectMany(r => r).Where(r => r.Term is not null).Select(r => r.Text).ToList())
            .ToList();

        // 产教融合 in task 2 (深化产教融合) and task 4 (行业产教融合共同体 is the longer match there, so it is linked instead).
        Assert.Contains("产教融合", linkedPerTask[1]);
        Assert.Contains("行业产教融合共同体", linkedPerTask[3]);
        Assert.DoesNotContain("产教融合", linkedPerTask[3]);
        Assert.All(linkedPerTask, links => Assert.Equal(links.Count, links.Distinct().Count()));
    }
}
