using Meeting.Index;
using Xunit;
using Meeting.Model;

namespace Meeting.Tests.Index;

public class KwicTests
{
    private static readonly Sentence Task2 = new("s4-5", 4,
        "持续抓好“两个先行先试”，深化科教融汇、充分发挥高校基础研究主力军作用，深化产教融合、以技术转移为纽带推动“四链”融合，服务治国理政、推进高校哲学社会科学高质量发展。",
        new TextSpan(0, 0));

    [Fact]
    public void The_context_is_the_clause_between_the_marks_around_the_term()
    {
        var kwic = Kwic.Of(Task2, At(Task2, "产教融合"));

        Assert.Equal(("深化", "产教融合", "、以技术转移为纽带推动“四链”融合"), (kwic.Before, kwic.Match, kwic.After));
        Assert.True(kwic.CutBefore);
        Assert.True(kwic.CutAfter);
    }

    [Fact]
    public void A_clause_at_the_start_or_end_of_the_sentence_is_not_marked_as_cut_there()
    {
        var first = Kwic.Of(Task2, At(Task2, "两个先行先试"));
        Assert.Equal(("持续抓好“", "”"), (first.Before, first.After));
        Assert.False(first.CutBefore);
        Assert.True(first.CutAfter);

        var last = Kwic.Of(Task2, At(Task2, "高质量发展"));
        Assert.Equal(("服务治国理政、推进高校哲学社会科学", ""), (last.Before, last.After));
        Assert.True(last.CutBefore);
        Assert.False(last.CutAfter);
    }

    [Fact]
    public void Every_occurrence_of_the_2024_index_has_its_term_in_a_clause_without_clause_marks()
    {
        var report = TestReports.Real();
        var sentences = report.Sentences.ToDictionary(s => s.Id);
        var index = KeywordIndexer.Build(report, TestReports.RealList());

        foreach (var occurrence in index.Terms.SelectMany(t => t.Occurrences))
        {
            var sentence = sentences[occurrence.SentenceId];
            var kwic = Kwic.Of(sentence, occurrence);
            Assert.Equal(occurrence.Form, kwic.Match);
            Assert.Contains(kwic.Before + kwic.Match + kwic.After, sentence.Text);
            Assert.True((kwic.Before + kwic.After).IndexOfAny(['，', '。', '；', '：']) < 0, kwic.Before + kwic.After);
        }
    }

    private static Occurrence At(Sentence sentence, string form) =>
        new(sentence.Id, sentence.Text.IndexOf(form, StringComparison.Ordinal), form.Length, form);
}
