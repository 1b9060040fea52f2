namespace Meeting.Model;

/// <summary>Who spoke at the meeting: the name, and the posts the text gives before it.</summary>
public sealed record Speaker(string Name, string Role);
