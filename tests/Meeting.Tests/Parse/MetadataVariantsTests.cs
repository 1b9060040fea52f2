using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>Dates and places as other reports of the genre write them.</summary>
public sealed class MetadataVariantsTests
{
    [Theory]
    [InlineData("2025年全国教育工作会议召开", "１月９日，2025年全国教育工作会议在北京召开。", "2025-01-09")]
    [InlineData("全国教育工作会议召开", "2023年1月12日，全国教育工作会议在京召开。", "2023-01-12")]
    [InlineData("全省教育工作会议召开", "２０２２年２月１８日，全省教育工作会议召开。", "2022-02-18")]
    public void The_date_is_read_whatever_digits_the_text_uses(string title, string opening, string expected)
    {
        var days = DateReader.Read(title, opening, opening);
        Assert.Equal(expected, days?.Start.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("1月9日，全国教育工作会议在北京以视频会议形式召开。", "北京")]
    [InlineData("1月12日，全国教育工作会议在京召开。", "北京")]
    [InlineData("2月18日，全省教育工作会议在杭州召开。", "杭州")]
    public void The_place_is_the_place_not_the_manner(string opening, string expected) =>
        Assert.Equal(expected, PlaceReader.Read(opening));

    [Fact]
    public void A_speaker_named_in_a_paragraph_of_their_own_is_found()
    {
        const string text = "2025年全国教育工作会议召开\n　　1月9日，2025年全国教育工作会议在北京召开。\n　　教育部党组书记、部长王明出席会议并讲话。\n　　会议指出，一要甲。二要乙。\n";
        var report = ReportParser.Parse(new Meeting.Model.SourceDocument("r.txt", text)).Report;
        Assert.Equal(("王明", "教育部党组书记、部长"), (report.Speaker?.Name, report.Speaker?.Role));
    }

    [Fact]
    public void No_invalid_date_is_made_up() =>
        Assert.Null(DateReader.Read("2024年会议", "2月30日，会议召开。", ""));
}
