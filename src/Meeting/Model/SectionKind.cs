namespace Meeting.Model;

/// <summary>The parts a report of this genre is made of. A paragraph that fits none is kept as <see cref="Other"/>.</summary>
public enum SectionKind
{
    Opening,
    Review,
    Attributes,
    Tasks,
    Requirements,
    Attendees,
    Other,
}
