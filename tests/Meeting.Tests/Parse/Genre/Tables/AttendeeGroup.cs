namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// A group that takes part: a body (<see cref="Body"/>, 各设区市教育局) and the posts of those who came
/// (<see cref="Post"/>, 主要负责人), or one indivisible name (<see cref="Post"/> empty: 教育部党组成员). Groups
/// with the same post may share it across 、 (A、B主要负责人); groups of the same body may share the body
/// (各高校党委书记、校长). <see cref="Verb"/> is how the group takes part, as the outline writes it.
/// </summary>
public sealed record AttendeeGroupSpec(string Body, string Post, string Verb)
{
    public string Name => Body + Post;
}
