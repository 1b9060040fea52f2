namespace Meeting.Model;

/// <summary>
/// The smallest unit a reader can link to: text up to and including 。！？ or ；
/// (with any closing quote or bracket that follows). Ids are stable: <c>s{paragraph}-{n}</c>. <see cref="Text"/> is
/// the span's text as a reader sees it: where wrapped text breaks a sentence across lines, without the break.
/// </summary>
public sealed record Sentence(string Id, int Paragraph, string Text, TextSpan Span);
