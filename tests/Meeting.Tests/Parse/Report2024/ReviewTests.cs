using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Report2024Tests;

/// <summary>The review of 2023: a framing sentence, eight achievements separated by ；, a summary.</summary>
public sealed class ReviewTests
{
    private static Section Review => Report2024.Part(SectionKind.Review);

    [Fact]
    public void Eight_achievements_split_on_the_semicolon()
    {
        var items = Review.Items;
        Assert.Equal(8, items.Count);
        Assert.All(items.Take(7), i => Assert.EndsWith("；", i.Text));
        Assert.EndsWith("推动党的全面领导持续走深走实。", items[7].Text);
        Assert.All(items, i => Assert.Equal("", i.Marker));
    }

    [Fact]
    public void Achievements_start_where_the_text_starts_them()
    {
        string[] starts =
        [
            "一年来，在习近平总书记亲自关心",
            "全力推进教育强国建设规划纲要编制工作",
            "坚定落实立德树人根本任务",
            "紧紧锚定党和国家重大战略需求",
            "持续践行以人民为中心的发展理念",
            "纵深推进教育领域综合改革",
            "坚定不移贯彻总体国家安全观",
            "着力加强教育系统党的建设和全面从严治党",
        ];
        Assert.Equal(starts.Length, Review.Items.Count);
        Assert.All(starts.Zip(Review.Items), pair => Assert.StartsWith(pair.First, pair.Second.Text));
    }

    [Fact]
    public void The_year_is_framed_before_and_summed_up_after()
    {
        Assert.StartsWith("会议指出，刚刚过去的2023年", Assert.Single(Review.Lead).Text);
        Assert.StartsWith("一年来，教育系统始终坚持从政治上看教育", Assert.Single(Review.Closing).Text);
    }
}
