using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The attendees part says how the meeting was held and who took part: its sentences name groups that
/// 参加/出席/列席 the meeting (read by <see cref="AttendeeReader"/>), often with 主会场 and 分会场.
/// </summary>
internal sealed partial class AttendeesRecogniser : IPartRecogniser
{
    private static readonly string[] Venues = ["主会场", "分会场", "各地设", "视频会议形式", "电视电话会议"];

    public SectionKind Kind => SectionKind.Attendees;

    public PartEvidence Judge(BlockReading block)
    {
        var cues = new CueSheet();
        var naming = block.Block.Sentences.Where(s => AttendeeReader.NamesAttendees(s.Text)).ToList();
        if (naming.Count > 0)
        {
            var groups = AttendeeReader.Read(naming.Select(s => s.Sentence)).Count;
            cues.Add(4 + Math.Min(groups, 6) * 0.25, $"{groups} groups take part ({naming[0].Text[..Math.Min(12, naming[0].Text.Length)]}…)");
            var share = (double)naming.Count / block.Block.Sentences.Count;
            cues.Add(share * 1.5, $"{naming.Count} of {block.Block.Sentences.Count} sentences name who took part");
        }

        cues.AnyOf(block.Text, Venues, 1, "where and how it was held");
        if (block.Index > 0 && !block.IsList && HowItWasHeld().Match(block.Opening) is { Success: true } format)
        {
            // 会议以视频形式召开，各省…设分会场: the closing paragraph on how the meeting was held, with or without names.
            cues.Add(2, $"opens on how the meeting was held ({format.Value})");
        }
        if (block.IsList)
        {
            cues.Add(-3, $"a list of {block.Items.Count} points");
        }

        if (block.Index == block.Count - 1)
        {
            cues.Add(0.5, "the last paragraph");
        }

        return cues.For(Kind);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(本次)?会议(以|采取|采用|通过)[^。，]{1,16}(形式|方式)")]
    private static partial System.Text.RegularExpressions.Regex HowItWasHeld();
}
