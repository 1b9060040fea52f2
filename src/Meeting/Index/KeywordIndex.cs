using Meeting.Diagnostics;

namespace Meeting.Index;

/// <summary>One entry of the editor's keyword list (<c>content/_keywords.txt</c>), with the line it stands on.</summary>
public sealed record KeywordEntry(string Term, IReadOnlyList<string> Aliases, IReadOnlyList<string> SeeAlso, int Line);

/// <summary>The editor's keyword list as parsed; <see cref="Path"/> is null when there is none.</summary>
public sealed record KeywordList(string? Path, IReadOnlyList<KeywordEntry> Entries)
{
    public static readonly KeywordList Empty = new(null, []);
}

/// <summary>One place a term occurs: the sentence, and where in the sentence's text the matched form stands.</summary>
public sealed record Occurrence(string SentenceId, int Offset, int Length, string Form);

/// <summary>
/// A term of the index. <see cref="Slug"/> names its page and never depends on other terms.
/// <see cref="Letter"/> is its A–Z heading (or "#" for a digit or Latin start).
/// </summary>
public sealed record TermEntry(
    string Term,
    string Slug,
    string Letter,
    bool Quoted,
    IReadOnlyList<Occurrence> Occurrences,
    IReadOnlyList<string> SeeAlso,
    IReadOnlyList<string> Related)
{
    public int Count => Occurrences.Count;
}

/// <summary>The keyword index of one meeting: terms in index (pinyin) order, and the warnings found building it.</summary>
public sealed record KeywordIndex(IReadOnlyList<TermEntry> Terms, IReadOnlyList<Diagnostic> Warnings)
{
    public static readonly KeywordIndex Empty = new([], []);
}

/// <summary>A piece of a sentence's text; <see cref="Term"/> is set where the piece is a term to link.</summary>
public sealed record TextRun(string Text, TermEntry? Term);
