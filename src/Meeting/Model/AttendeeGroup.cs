namespace Meeting.Model;

/// <summary>The three ways a group takes part in a meeting, as the verb that ends its clause says.</summary>
public static class AttendeeRoles
{
    public const string Attend = "参加";
    public const string Invited = "应邀参加";
    public const string NonVoting = "列席";

    public static readonly IReadOnlyList<string> All = [Attend, Invited, NonVoting];
}

/// <summary>
/// One group of people who took part. <see cref="Name"/> carries the title words the text shares across 、
/// (秘书局、…主要负责人 gives 秘书局主要负责人); <see cref="SentenceId"/> is where the text names it.
/// </summary>
public sealed record AttendeeGroup(string Name, string Role, string SentenceId);
