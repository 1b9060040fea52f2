namespace Meeting.Model;

/// <summary>What a piece of the source text is: the title, a sentence, or layout (indentation, line breaks, front matter).</summary>
public enum SegmentKind
{
    Title,
    Sentence,
    Layout,
}

/// <summary>
/// The source cut into consecutive, non-overlapping pieces. Concatenated, the segments give back the decoded
/// source exactly; nothing the editor wrote is dropped.
/// </summary>
public sealed record Segment(SegmentKind Kind, TextSpan Span);
