using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse.Reading;

/// <summary>Who spoke, as reports of the genre name them; and what names nobody.</summary>
public sealed class SpeakerReaderTests
{
    [Theory]
    [InlineData("省委常委、副省长张华出席会议并讲话，省教育厅党组书记、厅长王强作工作报告，副厅长李明主持会议。", "张华|王强|李明")]
    [InlineData("会议由党委副书记、校长周文涛主持。党委书记孟庆华作题为《凝心聚力 开拓创新》的讲话。", "周文涛|孟庆华")]
    [InlineData("校长张启明在讲话中指出，要办好人民满意的教育。", "张启明")]
    [InlineData("自治区司法厅党委书记、厅长巴图孟和作工作报告。", "巴图孟和")]
    [InlineData("自治区副主席艾合买提江·吐尔逊出席会议并讲话。", "艾合买提江·吐尔逊")]
    [InlineData("县纪委监委派驻纪检监察组组长罗红到会指导并讲话。", "罗红")]
    [InlineData("省委书记李强、省长王伟出席会议并讲话。", "李强|王伟")]
    public void Names_each_speaker_in_the_order_of_the_text(string text, string names) =>
        Assert.Equal(names.Split('|'), SpeakerReader.Read(text).Select(s => s.Name));

    [Theory]
    [InlineData("会议深入学习贯彻习近平总书记重要讲话精神，传达学习了全国教育工作会议精神。")]
    [InlineData("全省教育系统要认真学习领会习近平总书记重要讲话。")]
    [InlineData("会议要求，要以钉钉子精神抓好各项工作落实，对江苏工作作出部署。")]
    public void A_phrase_about_a_speech_names_no_speaker_of_this_meeting(string text) =>
        Assert.Empty(SpeakerReader.Read(text));

    [Fact]
    public void The_posts_are_those_the_clause_gives_before_the_name()
    {
        var speaker = Assert.Single(SpeakerReader.Read("中央教育工作领导小组秘书组组长、教育部党组书记、部长怀进鹏出席会议并讲话。"));
        Assert.Equal(("怀进鹏", "中央教育工作领导小组秘书组组长、教育部党组书记、部长", "出席会议并讲话"), (speaker.Name, speaker.Role, speaker.Act));
    }
}
