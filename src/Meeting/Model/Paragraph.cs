namespace Meeting.Model;

/// <summary>A paragraph of the report as published, numbered from 1 (the title line is not a paragraph).</summary>
public sealed record Paragraph(int Number, IReadOnlyList<Sentence> Sentences, TextSpan Span);
