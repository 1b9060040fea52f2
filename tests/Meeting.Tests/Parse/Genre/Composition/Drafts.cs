using Meeting.Model;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>A point of a part as the outline shows it: the marker as written ("" where the text numbers nothing) and the heading.</summary>
public sealed record ExpectedItem(string Marker, string Heading);

/// <summary>
/// One part of a generated report: its kind, its paragraphs (text without indentation or line end), the items an
/// editor would list, and tags naming the variations it was written with (for the measurement's breakdown).
/// </summary>
public sealed record PartDraft(SectionKind Kind, IReadOnlyList<string> Paragraphs, IReadOnlyList<ExpectedItem> Items, IReadOnlyList<string> Tags);

/// <summary>A speaker as the outline shows them: name, then the posts the text gives before the name.</summary>
public sealed record ExpectedSpeaker(string Name, string Posts);

/// <summary>An attendee group as the outline shows it: how it took part, then its name.</summary>
public sealed record ExpectedAttendee(string Verb, string Name);
