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

    public static readonly IReadOnlyList<string> Keys = ["title", "date", "place", "format", "slug", "source", "url", "published"];

    /// <summary>The original article's address (http or https).</summary>
    public string? Url { get; init; }

    /// <summary>The day the article appeared, which may differ from the meeting's date.</summary>
    public DateOnly? Published { get; init; }
}
