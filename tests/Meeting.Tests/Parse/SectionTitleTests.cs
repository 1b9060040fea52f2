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
}
