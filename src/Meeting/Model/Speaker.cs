namespace Meeting.Model;

/// <summary>
/// Someone the report names as speaking at the meeting: the name, the posts the text gives before it, and what
/// they did there as the text says it (出席会议并讲话, 作工作报告, 主持会议).
/// </summary>
public sealed record Speaker(string Name, string Role, string Act = "讲话");
