using Meeting.Model;
using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse.Reading;

/// <summary>The body that convened the meeting, where the report says it, and nothing where it does not.</summary>
public sealed class OrganizerReaderTests
{
    [Theory]
    [InlineData("县医疗保障局召开2023年全县医疗保障工作会议", "日前，县医疗保障局召开2023年全县医疗保障工作会议。", "县医疗保障局")]
    [InlineData("县教育局在局三楼会议室召开2024年度工作会议", "", "县教育局")]
    [InlineData("全省教育工作会议召开", "2月20日，省教育厅在杭州召开2024年全省教育工作会议。", "省教育厅")]
    public void The_subject_that_convenes_the_meeting_is_its_organizer(string title, string opening, string organizer) =>
        Assert.Equal(organizer, OrganizerReader.Read(title, opening, []));

    [Fact]
    public void The_body_whose_head_gives_the_work_report_is_the_organizer()
    {
        var speakers = new[] { new Speaker("宁立岩", "国家统计局党组书记、局长", "作工作报告"), new Speaker("贾楠", "国家统计局副局长", "作总结讲话") };
        Assert.Equal("国家统计局", OrganizerReader.Read("全国统计工作会议召开", "日前，2019年全国统计工作会议召开。", speakers));
        var party = new[] { new Speaker("李华", "市教育局党工委书记、局长", "作工作报告") };
        Assert.Equal("市教育局", OrganizerReader.Read("全市教育工作会议召开", "", party));
    }

    [Theory]
    [InlineData("2024年全国教育工作会议召开", "1月11日，2024年全国教育工作会议在北京召开。")]
    [InlineData("学校在行政楼第一会议室召开2024年全面从严治党工作会议", "")]
    [InlineData("我局召开2020年农业农村工作会议", "")]
    public void A_report_that_names_no_convening_body_has_no_organizer(string title, string opening)
    {
        var speakers = new[] { new Speaker("怀进鹏", "教育部党组书记、部长", "出席会议并讲话") };
        Assert.Null(OrganizerReader.Read(title, opening, speakers));
    }
}
