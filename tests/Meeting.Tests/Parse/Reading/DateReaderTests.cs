using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse.Reading;

/// <summary>The days of the meeting as reports write them.</summary>
public sealed class DateReaderTests
{
    [Theory]
    [InlineData("2024年全省教育工作会议召开", "1月10日至11日，全省教育工作会议召开。", "2024-01-10", "2024-01-11")]
    [InlineData("全省会议召开", "2023年12月28日至29日，全省会议召开。", "2023-12-28", "2023-12-29")]
    [InlineData("2023年全省文化和旅游工作会议召开", "1月31日至2月1日，全省文化和旅游工作会议召开。", "2023-01-31", "2023-02-01")]
    [InlineData("2019年全国交通运输工作会议召开", "12月27日—28日，全国交通运输工作会议召开，总结2018年工作。", "2018-12-27", "2018-12-28")]
    [InlineData("2024年全市教育工作会议召开", "7月12日，全市教育工作会议召开。", "2024-07-12", null)]
    public void A_meeting_opens_on_its_first_day_and_ends_on_its_last(string title, string opening, string start, string? end)
    {
        var days = DateReader.Read(title, opening, opening);
        Assert.Equal((start, end), (days?.Start.ToString("yyyy-MM-dd"), days?.End?.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void A_report_that_opens_with_日前_is_dated_from_further_on()
    {
        var days = DateReader.Read("全省教育工作会议召开", "日前，全省教育工作会议在广州召开。", "日前，全省教育工作会议在广州召开。\n2025年2月24日，各地分会场同步收看。");
        Assert.Equal(new DateOnly(2025, 2, 24), days?.Start);
    }

    [Fact]
    public void A_news_agency_dateline_is_when_the_story_was_filed_not_when_the_meeting_met()
    {
        const string opening = "人民网北京1月18日电（记者 林晓晨）日前，2019年全国统计工作会议召开。";
        const string text = opening + "\n报告指出，截至12月31日，全年发布统计信息1000余条。\n会议于1月16日至17日举行。";
        var days = DateReader.Read("全国统计工作会议召开", opening, text);
        Assert.Equal(("2019-01-16", "2019-01-17"), (days?.Start.ToString("yyyy-MM-dd"), days?.End?.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void A_dateline_dates_the_meeting_only_where_nothing_else_does()
    {
        const string opening = "新华社北京1月18日电 日前，2019年全国统计工作会议召开。";
        Assert.Equal(new DateOnly(2019, 1, 18), DateReader.Read("全国统计工作会议召开", opening, opening)?.Start);
    }

    [Fact]
    public void A_day_without_a_year_is_in_the_year_the_meeting_plans_not_the_year_it_reviews()
    {
        const string opening = "本报讯 2月23日，全市住房和城乡建设工作会议召开。会议总结2020年全市住建工作，部署2021年重点任务。";
        Assert.Equal(new DateOnly(2021, 2, 23), DateReader.Read("全市住房和城乡建设工作会议召开", opening, opening)?.Start);
    }
}
