using Meeting.Model;
using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse.Reading;

/// <summary>An opening told in two paragraphs: the second names who spoke, whoever else it names.</summary>
public sealed class OpeningParagraphsTests
{
    [Fact]
    public void A_paragraph_that_opens_on_who_spoke_right_after_the_opening_goes_on_with_it_even_naming_attendees()
    {
        const string text = """
            2025年全区人力资源社会保障工作会议召开
            　　1月10日，2025年全区人力资源社会保障工作会议在南宁召开。会议总结2024年工作，部署2025年重点任务。
            　　自治区副主席宋涛出席会议并讲话，自治区人力资源社会保障厅厅长程三元作工作报告。各市人力资源社会保障局主要负责人参加会议。
            　　会议指出，2024年全区人社系统各项工作取得新成效。新增城镇就业38万人；新增高技能人才12万人；社会保险覆盖面持续扩大。
            　　会议要求，2025年要重点抓好以下工作：一是全力稳定和扩大就业；二是健全社会保障体系；三是深化人才发展体制机制改革。
            　　会议号召，全区上下要坚定信心、攻坚克难。
            """;

        var report = ReportParser.Parse(new SourceDocument("two-paragraph-opening.txt", text.Replace("\r\n", "\n") + "\n")).Report;

        Assert.Equal([1, 2], report.Find(SectionKind.Opening)?.Paragraphs);
        Assert.Null(report.Find(SectionKind.Attendees));
        Assert.Equal("各市人力资源社会保障局主要负责人", Assert.Single(report.Attendees).Name);
    }
}
