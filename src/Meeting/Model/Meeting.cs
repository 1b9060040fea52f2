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
    IReadOnlyList<Speaker> Speakers,
    Publication Publication,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<AttendeeGroup> Attendees,
    IReadOnlyList<Segment> Segments)
{
    /// <summary>True when the editor chose the slug in front matter; such a slug is never changed to make room.</summary>
    public bool SlugChosen { get; init; }

    /// <summary>The last day of a meeting held over several days (1月11日至12日); null for a one-day meeting.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>The body that convened the meeting, where the report or the editor names it (县医疗保障局); else null.</summary>
    public string? Organizer { get; init; }

    /// <summary>The first speaker the report names, the one a reader looks for first.</summary>
    public Speaker? Speaker => Speakers.Count > 0 ? Speakers[0] : null;

    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);

    public Section? Find(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
