using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// What a Markdown report's front matter may set, overriding what the parser reads from the text.
/// <see cref="BodyStart"/> is where the report body begins in the decoded text.
/// </summary>
public sealed record FrontMatter(
    string? Title,
    DateOnly? Date,
    string? Place,
    string? Format,
    string? Slug,
    string? Source,
    int BodyStart)
{
    public static readonly FrontMatter None = new(null, null, null, null, null, null, 0);

    public static readonly IReadOnlyList<string> Keys =
        ["title", "date", "end-date", "place", "format", "speaker", "organizer", "slug", "source", "url", "published", "paragraph-N"];

    /// <summary>The last day of a meeting over several days.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Who spoke, when the editor says so: replaces what the parser read.</summary>
    public IReadOnlyList<Speaker>? Speakers { get; init; }

    /// <summary>The kinds of part the editor gave paragraphs (paragraph-4: requirements), whatever the text suggests.</summary>
    public IReadOnlyList<KindOverride> Kinds { get; init; } = [];

    /// <summary>The body that convened the meeting, when the editor says so.</summary>
    public string? Organizer { get; init; }

    /// <summary>The original article's address (http or https).</summary>
    public string? Url { get; init; }

    /// <summary>The day the article appeared, which may differ from the meeting's date.</summary>
    public DateOnly? Published { get; init; }
}

/// <summary>An editor's reading of one paragraph, and where in the front matter it was written.</summary>
public sealed record KindOverride(int Paragraph, SectionKind Kind, int Line, int Column);
