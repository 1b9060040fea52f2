namespace Meeting.Model;

/// <summary>
/// The smallest unit a reader can link to: text up to and including 。！？ or ；
/// (with any closing quote or bracket that follows). Ids are stable: <c>s{paragraph}-{n}</c>.
/// </summary>
public sealed record Sentence(string Id, int Paragraph, string Text, TextSpan Span);
