namespace Meeting.Model;

/// <summary>The ways a group takes part in a meeting, as the verb that ends its clause says (参加了 is 参加).</summary>
public static class AttendeeRoles
{
    public const string Attend = "参加";
    public const string Present = "出席";
    public const string Invited = "应邀参加";
    public const string InvitedPresent = "应邀出席";
    public const string NonVoting = "列席";

    /// <summary>In the order a page lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Present, Attend, Invited, InvitedPresent, NonVoting];
}

/// <summary>
/// One group of people who took part. <see cref="Name"/> carries the words the text shares across 、
/// (秘书局、…主要负责人 gives 秘书局主要负责人); <see cref="SentenceId"/> is where the text names it.
/// </summary>
public sealed record AttendeeGroup(string Name, string Role, string SentenceId);
