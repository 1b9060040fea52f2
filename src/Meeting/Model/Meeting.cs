namespace Meeting.Model;

/// <summary>
/// One report, parsed. Everything a page shows comes from here; every character of
/// <see cref="Source"/> lies in exactly one of <see cref="Segments"/>.
/// </summary>
public sealed record MeetingReport(
    SourceDocument Source,
    string Slug,
    string Title,
    DateOnly? Date,
    string? Place,
    string? Format,
    Speaker? Speaker,
    string? SourceNote,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<AttendeeGroup> Attendees,
    IReadOnlyList<Segment> Segments)
{
    /// <summary>True when the editor chose the slug in front matter; such a slug is never changed to make room.</summary>
    public bool SlugChosen { get; init; }

    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);

    public Section? Find(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
