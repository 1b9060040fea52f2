namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// How a meeting was held, in the words reports use: <see cref="Manner"/> is written before 召开/举行
/// (以视频会议形式), <see cref="Format"/> is what an editor writes in the outline (视频会议; a quoted phrase without
/// its quotation marks: 采取“线上+线下”方式 → 线上+线下). A format with
/// <see cref="Venues"/> has a main venue and branch venues (主会场, 分会场) that attendee lists may name.
/// </summary>
public sealed record MeetingFormat(string Manner, string Format, bool Venues);

public static class MeetingFormats
{
    public static readonly IReadOnlyList<(int Weight, MeetingFormat Format)> Weighted =
    [
        (10, new("以视频会议形式", "视频会议", true)),
        (3, new("以视频形式", "视频", true)),
        (4, new("以电视电话会议形式", "电视电话会议", true)),
        (4, new("采用线上线下相结合方式", "线上线下相结合", true)),
        (3, new("采取视频会议方式", "视频会议", true)),
        (2, new("通过网络视频方式", "网络视频", true)),
        (3, new("以现场会议形式", "现场会议", false)),
        (2, new("采取“线上+线下”方式", "线上+线下", true)),
        (2, new("以现场加视频形式", "现场加视频", true)),
        (2, new("采用“主会场+分会场”形式", "主会场+分会场", true)),
    ];
}
