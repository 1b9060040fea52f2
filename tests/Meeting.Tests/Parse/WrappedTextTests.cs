using Meeting.Model;
using Meeting.Parse;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>Text copied from a PDF, wrapped at a fixed width: paragraphs are still the indented ones.</summary>
public sealed class WrappedTextTests
{
    private const string Wrapped =
        "2025年全国教育工作会议召开\n" +
        "　　1月9日，2025年全国教育工作会议在北京召开。会议强调，要加快建设\n" +
        "教育强国。教育部部长王明出席会议并讲话。\n" +
        "　　会议指出，要抓好重点任务。一要加强思政课建设，推进“大思政课”\n" +
        "建设。二要推进“双减”。三要发展职业教育，深化产教融合、科教融汇，\n" +
        "服务5G and AI\n" +
        "产业。\n" +
        "　　会议以视频会议形式召开，各省教育厅负责人参加会议。\n";

    [Fact]
    public void A_line_that_goes_on_mid_sentence_continues_its_paragraph()
    {
        var report = ReportParser.Parse(new SourceDocument("wrapped.txt", Wrapped)).Report;

        Assert.Equal(3, report.Paragraphs.Count);
        Assert.Equal([SectionKind.Opening, SectionKind.Tasks, SectionKind.Attendees], report.Sections.Select(s => s.Kind));
        Assert.Equal(3, report.Find(SectionKind.Tasks)!.Items.Count);
        Assert.Equal("会议强调，要加快建设教育强国。", report.Paragraphs[0].Sentences[1].Text);
        Assert.Equal("三要发展职业教育，深化产教融合、科教融汇，服务5G and AI产业。", report.Find(SectionKind.Tasks)!.Items[2].Text);
        Assert.Equal("王明", report.Speaker?.Name);
    }

    [Fact]
    public void The_source_is_still_rebuilt_exactly_and_only_line_breaks_leave_the_sentence_texts()
    {
        var report = ReportParser.Parse(new SourceDocument("wrapped.txt", Wrapped)).Report;

        VerbatimAssert.Holds(report);
        Assert.All(report.Sentences, s => Assert.Equal(LineBreaks.Join(s.Span.Slice(Wrapped)), s.Text));
        Assert.DoesNotContain(report.Sentences, s => s.Text.Contains('\n'));
    }

    [Fact]
    public void A_line_after_a_finished_sentence_starts_a_paragraph_even_without_indentation()
    {
        const string sloppy = "2025年全国教育工作会议召开\n　　1月9日，会议在北京召开。\n会议指出，要抓好重点任务。一要甲。二要乙。\n　　各省教育厅负责人参加会议。\n";

        var report = ReportParser.Parse(new SourceDocument("sloppy.txt", sloppy)).Report;

        Assert.Equal(3, report.Paragraphs.Count);
    }

    [Fact]
    public void A_news_pages_labelled_lines_each_stand_alone_though_none_ends_a_sentence()
    {
        var text = Wrapped + "来源：中国教育新闻网\n编辑：李晓\n";
        var report = ReportParser.Parse(new SourceDocument("wrapped.txt", text)).Report;

        Assert.Equal(["来源：中国教育新闻网", "编辑：李晓"], report.Paragraphs.Skip(3).Select(p => p.Sentences[0].Text));
    }
}
