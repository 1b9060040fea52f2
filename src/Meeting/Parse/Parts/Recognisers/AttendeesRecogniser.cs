using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The attendees part says how the meeting was held and who took part: its sentences name groups that
/// 参加/出席/列席 the meeting (read by <see cref="AttendeeReader"/>), often with 主会场 and 分会场.
/// </summary>
internal sealed class AttendeesRecogniser : IPartRecogniser
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
}
