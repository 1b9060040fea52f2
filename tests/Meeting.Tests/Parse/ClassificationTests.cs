using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>Which part a paragraph is, read from its words and its numbering, never from its position alone.</summary>
public sealed class ClassificationTests
{
    private const string Opening = "1月5日，全省教育工作会议在南京召开。";

    [Fact]
    public void A_list_of_work_opened_by_会议要求_is_the_tasks()
    {
        var report = Reports.Parse(Reports.Lines("标题", Opening, "会议要求，要全力抓好以下重点工作：一要加强党的领导。二要推进评价改革。"));
        Assert.Equal([SectionKind.Opening, SectionKind.Tasks], report.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void A_list_on_carrying_out_opened_by_会议要求_is_the_requirements()
    {
        var report = Reports.Parse(Reports.Lines("标题", Opening, "会议要求，要狠抓落实。一是提高站位。二是压实责任。"));
        Assert.Equal([SectionKind.Opening, SectionKind.Requirements], report.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void A_second_一是_list_after_the_tasks_is_the_requirements()
    {
        var report = Reports.Parse(Reports.Lines("标题", Opening,
            "会议指出，今年的重点任务是：一是加强党建。二是深化改革。", "会议强调，一是提高站位。二是压实责任。"));
        Assert.Equal([SectionKind.Opening, SectionKind.Tasks, SectionKind.Requirements], report.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void A_paragraph_that_fits_no_kind_is_kept_as_other()
    {
        var report = Reports.Parse(Reports.Lines("标题", Opening, "会议观看了专题片。", "各市教育局负责人参加会议。"));
        var other = report.Sections[1];
        Assert.Equal(SectionKind.Other, other.Kind);
        Assert.Equal("会议观看了专题片。", Assert.Single(other.Lead).Text);
        Assert.Equal("other", other.Slug);
    }

    [Fact]
    public void Two_other_paragraphs_apart_get_distinct_slugs()
    {
        var report = Reports.Parse(Reports.Lines("标题", Opening, "会议观看了专题片。", "会议要求，要狠抓落实。一是提高站位。二是压实责任。", "部分高校作了交流发言。"));
        Assert.Equal(["opening", "other", "requirements", "other-2"], report.Sections.Select(s => s.Slug));
    }

    [Fact]
    public void Paragraphs_side_by_side_that_fit_no_kind_close_the_report_as_one_part()
    {
        var report = Reports.Parse(Reports.Lines("标题", Opening, "会议要求，要狠抓落实。一是提高站位。二是压实责任。", "会上，部分高校作了交流发言。", "会议号召，全省教育系统要团结奋斗。"));
        var other = report.Sections[^1];
        Assert.Equal(SectionKind.Other, other.Kind);
        Assert.Equal([3, 4], other.Paragraphs);
    }

    [Fact]
    public void Speakers_in_a_paragraph_of_their_own_belong_to_the_opening()
    {
        var report = Reports.Parse(Reports.Lines("标题", Opening, "省委常委、副省长张华出席会议并讲话，省教育厅厅长王强作工作报告。", "会议要求，要狠抓落实。一是提高站位。二是压实责任。"));
        Assert.Equal([1, 2], report.Sections[0].Paragraphs);
        Assert.Equal(["张华", "王强"], report.Speakers.Select(s => s.Name));
    }

    [Fact]
    public void A_review_of_two_achievements_has_one_semicolon_and_is_a_review()
    {
        var report = Reports.Parse(Reports.Lines("标题", Opening, "会议指出，过去一年，全省教育系统坚持立德树人；深化产教融合。"));
        var review = report.Sections[1];
        Assert.Equal(SectionKind.Review, review.Kind);
        Assert.Equal(["全省教育系统坚持立德树人", "深化产教融合"], review.Items.Select(i => i.Heading));
    }
}
