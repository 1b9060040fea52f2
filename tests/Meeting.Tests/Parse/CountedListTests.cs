using Meeting.Model;
using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>
/// A list announced by its count and its word (做到“五个着力”：着力…；着力…), with no ordinals: its points are items as
/// any numbered list's are, and only where every point opens with the word and there are as many as announced.
/// </summary>
public sealed class CountedListTests
{
    private static MeetingReport Parse(string tasks) => ReportParser.Parse(new SourceDocument("counted.txt",
        "2019年全国统计工作会议召开\n" +
        "　　1月16日，2019年全国统计工作会议在北京召开。国家统计局局长宁立岩作工作报告。\n" +
        "　　会议指出，2018年统计改革发展取得新进展。统计督察全面开展；统计执法不断加强；统计服务水平不断提升。\n" +
        "　　" + tasks + "\n" +
        "　　各省（区、市）统计局局长参加会议。\n")).Report;

    [Fact]
    public void Each_point_that_opens_with_the_counted_word_is_an_item_and_keeps_the_word_in_its_heading()
    {
        var report = Parse("报告部署了2019年统计工作，要求做到“三个着力”：着力抓好经济普查登记工作；着力深化统计管理体制改革；着力提高统计数据质量。");

        var tasks = report.Find(SectionKind.Tasks);
        Assert.NotNull(tasks);
        Assert.Equal(["着力抓好经济普查登记工作", "着力深化统计管理体制改革", "着力提高统计数据质量"], tasks.Items.Select(i => i.Heading));
    }

    [Fact]
    public void A_point_whose_first_clause_ends_with_the_counted_word_is_an_item()
    {
        var report = Parse("会议要求，以“三个到位”确保各项工作落实：责任落实到位，层层压实工作责任；措施落实到位，细化任务清单；督查落实到位，加强跟踪问效。");

        Assert.Equal(["责任落实到位", "措施落实到位", "督查落实到位"], report.Sections.Single(s => s.Paragraphs.Contains(3)).Items.Select(i => i.Heading));
    }

    [Fact]
    public void Points_laid_out_one_per_paragraph_are_items_too()
    {
        var report = Parse("2019年要重点做好“两个聚焦”：\n　　聚焦普查，抓好登记和数据处理工作。\n　　聚焦质量，严肃查处统计造假。");

        Assert.Equal(["聚焦普查", "聚焦质量"], report.Find(SectionKind.Tasks)?.Items.Select(i => i.Heading));
    }

    [Theory]
    [InlineData("要把握好“三个关系”：统筹发展和安全；统筹改革和稳定；统筹当前和长远。")]
    [InlineData("要求做到“三个着力”：着力抓好经济普查登记工作；着力深化统计管理体制改革。")]
    public void A_count_whose_points_do_not_all_open_with_its_word_or_fall_short_is_no_list(string paragraph)
    {
        var report = Parse(paragraph);

        Assert.DoesNotContain(report.Sections, s => s.Paragraphs.Contains(3) && s.Items.Count > 0);
    }
}
