namespace Meeting.Model;

/// <summary>
/// A report file as loaded: its path as given to the user, and its text decoded strictly (BOM removed).
/// A report saved from a web page is the article's text (title line, then paragraphs) taken from the page:
/// <see cref="Origins"/> says where each of its lines stands in the page, so that messages point into the file
/// the editor has, and <see cref="Page"/> carries what the page says of its publication.
/// </summary>
public sealed record SourceDocument(string Path, string Text)
{
    /// <summary>For each line of <see cref="Text"/> (0-based), the line and column in the file it came from.</summary>
    public IReadOnlyList<(int Line, int Column)>? Origins { get; init; }

    /// <summary>The publisher, address and day of publication a saved web page names.</summary>
    public Publication? Page { get; init; }
}
