using Meeting.Model;
using Meeting.Parse;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Report2024Tests;

/// <summary>Words that start with a numeral but number nothing: none of them opens an item.</summary>
public sealed class OrdinalTrapTests
{
    [Theory]
    [InlineData("一年来，教育系统牢记嘱托。")]
    [InlineData("进一步构建教育高质量发展新格局；")]
    [InlineData("一体推进“三不腐”。")]
    [InlineData("两个确立”的决定性意义。")]
    [InlineData("十四五”规划承上启下。")]
    [InlineData("四链”融合。")]
    [InlineData("三年新冠疫情防控转段后。")]
    [InlineData("第一次全体会议。")]
    [InlineData("一")]
    public void Is_not_an_ordinal(string sentence) => Assert.Null(OrdinalMarker.At(sentence));

    [Theory]
    [InlineData("一要着力构建新格局。", 1, "一要")]
    [InlineData("七要以教育家精神为引领。", 7, "七要")]
    [InlineData("四是在作风上强化抓落实的保障。", 4, "四是")]
    [InlineData("十二是加强党的建设。", 12, "十二是")]
    [InlineData("第三，加强党的建设。", 3, "第三")]
    [InlineData("（二）深化改革。", 2, "（二）")]
    public void Is_an_ordinal(string sentence, int value, string marker)
    {
        var found = OrdinalMarker.At(sentence);
        Assert.Equal((value, marker), (found?.Value, found?.Text));
    }

    [Fact]
    public void The_quoted_terms_and_words_of_the_2024_report_open_no_item()
    {
        var itemStarts = Report2024.Model.Sections.SelectMany(s => s.Items).Where(i => i.Marker.Length > 0).Select(i => i.Marker).ToList();
        Assert.Equal(["一是", "二是", "三是", "一要", "二要", "三要", "四要", "五要", "六要", "七要", "一是", "二是", "三是", "四是"], itemStarts);
        Assert.Equal("一年来，教育系统始终坚持从政治上看教育、从民生上抓教育、从规律上办教育，推动教育事业取得新突破，教育高质量发展打开新局面，为党和国家工作大局作出了新的贡献。",
            Assert.Single(Report2024.Part(SectionKind.Review).Closing).Text);
    }
}
