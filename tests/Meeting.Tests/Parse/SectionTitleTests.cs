using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>Part titles count what the text lists, in the Chinese a reader expects (两项, not 二项).</summary>
public sealed class SectionTitleTests
{
    [Theory]
    [InlineData(2, "两项要求")]
    [InlineData(3, "三项要求")]
    [InlineData(10, "十项要求")]
    [InlineData(12, "十二项要求")]
    public void Requirements_are_counted(int count, string title)
    {
        var numerals = new[] { "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };
        var items = string.Concat(Enumerable.Range(1, count).Select(n => $"{numerals[n]}是压实第{n}方面的工作责任。"));
        var report = Reports.Parse(Reports.Lines("标题", "1月5日，会议在北京召开。", "会议要求，要抓落实。" + items));
        Assert.Equal(title, report.Find(SectionKind.Requirements)?.Title);
    }

    [Fact]
    public void A_part_that_lists_nothing_countable_is_named_without_a_count()
    {
        // As one of the genre's provincial reports words it: the attributes and the requirements in one run-on paragraph each.
        var report = Reports.Parse(Reports.Lines(
            "2026年全省教育工作会议召开",
            "2月10日，2026年全省教育工作会议在南昌召开。",
            "会议强调，要深刻把握教育的政治属性、人民属性、战略属性，坚持把立德树人作为根本任务。",
            "会议部署了今年重点任务：一要深入实施新时代立德树人工程；二要推进基础教育扩优提质；三要增强职业教育适应性。",
            "会议要求，各地要压紧压实责任，确保各项任务落地见效。"));

        Assert.Equal("战略属性", report.Find(SectionKind.Attributes)?.Title);
        Assert.Equal("三项重点任务", report.Find(SectionKind.Tasks)?.Title);
        Assert.Equal("工作要求", report.Find(SectionKind.Requirements)?.Title);
        Assert.DoesNotContain(report.Sections, s => s.Title.StartsWith('0'));
    }
}
