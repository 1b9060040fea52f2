using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Report2024Tests;

/// <summary>What comes before the first item and after the last one belongs to the part, not to an item.</summary>
public sealed class LeadAndClosingTests
{
    [Fact]
    public void The_closing_remark_is_not_part_of_requirement_four()
    {
        var requirements = Report2024.Part(SectionKind.Requirements);
        var closing = Assert.Single(requirements.Closing);
        Assert.StartsWith("会议强调，要做有理想、负责任的行动主义者", closing.Text);
        Assert.EndsWith("持续纠“四风”树新风。", requirements.Items[3].Text);
        Assert.DoesNotContain("会议强调", requirements.Items[3].Text);
    }

    [Fact]
    public void The_two_unnumbered_points_after_attribute_three_are_its_part_s_closing()
    {
        var attributes = Report2024.Part(SectionKind.Attributes);
        Assert.Equal(2, attributes.Closing.Count);
        Assert.StartsWith("要准确把握教育与中国的关系", attributes.Closing[0].Text);
        Assert.StartsWith("准确把握中国教育与世界的关系", attributes.Closing[1].Text);
        Assert.Equal("三是牢牢把握教育的民生属性，更加突出从经济社会发展的大民生上抓教育，坚定不移促进发展成果更多更公平惠及最广大人民群众。",
            attributes.Items[2].Text);
    }

    [Fact]
    public void Each_list_has_its_lead_sentence()
    {
        Assert.StartsWith("会议强调，锚定2035年建成教育强国目标", Assert.Single(Report2024.Part(SectionKind.Attributes).Lead).Text);
        Assert.StartsWith("会议指出，要坚持教育服务高质量发展这个硬道理", Assert.Single(Report2024.Part(SectionKind.Tasks).Lead).Text);
        Assert.StartsWith("会议要求，要以挺膺担当、奋发有为的姿态", Assert.Single(Report2024.Part(SectionKind.Requirements).Lead).Text);
    }

    [Fact]
    public void The_last_task_ends_its_paragraph()
    {
        Assert.Empty(Report2024.Part(SectionKind.Tasks).Closing);
    }
}
