namespace Meeting.Model;

/// <summary>
/// One part of the report. <see cref="Lead"/> comes before the items and <see cref="Closing"/> after them;
/// neither belongs to an item. <see cref="Slug"/> is unique within the meeting (tasks, other-2, …).
/// </summary>
public sealed record Section(
    SectionKind Kind,
    string Slug,
    string Title,
    IReadOnlyList<int> Paragraphs,
    IReadOnlyList<Sentence> Lead,
    IReadOnlyList<Item> Items,
    IReadOnlyList<Sentence> Closing)
{
    /// <summary>Every sentence of the part in reading order.</summary>
    public IEnumerable<Sentence> Sentences => Lead.Concat(Items.SelectMany(i => i.Sentences)).Concat(Closing);
}
