using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>A heading says what the point is: its first clause, past the marker and past words that only frame it.</summary>
public sealed class ItemHeadingTests
{
    [Theory]
    [InlineData("一要着力构建新生态新格局。坚持不懈。", "一要", "着力构建新生态新格局")]
    [InlineData("一年来，产教融合不断深化；", "", "产教融合不断深化")]
    [InlineData("会议指出，过去一年，全省教育系统坚持立德树人；", "", "全省教育系统坚持立德树人")]
    [InlineData("会议认为，回顾2021年，全市教育系统攻坚克难；", "", "全市教育系统攻坚克难")]
    [InlineData("第三，加强党的建设。", "第三", "加强党的建设")]
    [InlineData("二是提高站位。", "二是", "提高站位")]
    public void Is_the_first_clause_that_says_something(string sentence, string marker, string heading) =>
        Assert.Equal(heading, ItemHeading.Of(sentence, marker));

    [Fact]
    public void A_clause_ending_in_a_year_that_says_more_than_the_time_is_kept() =>
        Assert.Equal("全面完成教育发展五年规划", ItemHeading.Of("全面完成教育发展五年规划；", ""));
}
