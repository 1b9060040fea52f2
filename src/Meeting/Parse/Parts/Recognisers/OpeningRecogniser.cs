using System.Text.RegularExpressions;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The opening says when and where which meeting was held, who spoke, and what it set out to do:
/// 1月11日，…会议在北京召开。…部长…出席会议并讲话。 It rarely numbers points.
/// </summary>
internal sealed partial class OpeningRecogniser : IPartRecogniser
{
    private static readonly string[] Convened = ["召开", "举行", "开幕", "召开了", "隆重举行", "顺利召开"];
    private static readonly string[] MeetingWords = ["会议", "大会", "座谈会", "推进会", "工作会"];
    private static readonly string[] SpeakerActs = ["讲话", "作工作报告", "作报告", "主持会议", "主持", "作总结"];
    private static readonly string[] Purpose = ["为指导", "总结", "部署", "安排", "分析形势", "主要任务是", "传达学习"];

    public SectionKind Kind => SectionKind.Opening;

    public PartEvidence Judge(BlockReading block)
    {
        var cues = new CueSheet();
        var first = block.Block.Sentences[0].Text;
        var date = DayOfMonth().Match(first);
        if (date.Success)
        {
            cues.Add(3, $"a date in the first sentence ({date.Value})");
        }
        else if (DayOfMonth().Match(block.Text) is { Success: true } later)
        {
            cues.Add(1, $"a date ({later.Value})");
        }

        if (CueSheet.FirstOf(block.Opening, Convened) is { } verb && CueSheet.FirstOf(block.Opening, MeetingWords) is not null)
        {
            // With its day, or first, it is the news of the meeting; elsewhere (会议通过视频方式召开) only how it went.
            var news = date.Success || block.Index == 0;
            cues.Add(news ? 3 : 1, $"the meeting is held ({verb})");
        }

        var speakers = SpeakerReader.Read(block.Text);
        if (speakers.Count > 0)
        {
            cues.Add(2.5, $"names who spoke ({string.Join("、", speakers.Select(s => s.Name))})");
            if (block.Index == 1 && block.Count > 3 && !block.IsList && SpeakerFirst().IsMatch(block.Opening))
            {
                // 1月9日，…会议召开。 then 副省长王强出席会议并讲话…: the opening goes on, whoever else it names.
                cues.Add(3, "who spoke, right after the opening");
            }
        }
        else
        {
            cues.AnyOf(block.Text, SpeakerActs, 1, "someone speaks");
        }
        if (!block.IsList && block.Index <= 2 && Agenda().Match(block.Text) is { Success: true } purpose)
        {
            // 会议的主要任务是：…总结2023年工作，分析当前形势，部署2024年重点任务: the agenda, told near the start.
            cues.Add(3, $"the meeting's agenda ({purpose.Value})");
        }
        else
        {
            cues.AnyOf(block.Text, Purpose, 0.5, "what the meeting set out to do");
        }
        if (block.Index == 0)
        {
            cues.Add(1, "the first paragraph");
        }

        if (block.IsList)
        {
            cues.Add(-2, $"a list of {block.Items.Count} points");
        }

        return cues.For(Kind);
    }

    [GeneratedRegex(@"[0-9０-９]{1,2}月[0-9０-９]{1,2}日")]
    private static partial Regex DayOfMonth();

    /// <summary>
    /// 总结2023年工作，分析形势，部署2024年任务 or 会议的主要任务是: the meeting's agenda in one sentence, reviewing and
    /// planning. It names the situation too (分析形势), which is why the strategic part's recogniser asks here first.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"总结[^。；]{1,40}?部署|会议的(?:主要)?任务是")]
    internal static partial System.Text.RegularExpressions.Regex Agenda();

    // The paragraph opens on a speaker: a post and a name, then what they did (副省长王强出席会议并讲话, 会议由…主持).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(会议由|[^，。]{2,30}?(出席会议并|作工作报告|主持会议|讲话))")]
    private static partial System.Text.RegularExpressions.Regex SpeakerFirst();
}
