using Meeting.Diagnostics;

namespace Meeting.Index;

/// <summary>
/// One entry of the editor's keyword list (<c>content/_keywords.txt</c>), with the line it stands on.
/// <see cref="Column"/> is where the term itself starts on that line, for messages about it.
/// </summary>
public sealed record KeywordEntry(string Term, IReadOnlyList<string> Aliases, IReadOnlyList<string> SeeAlso, int Line)
{
    public int Column { get; init; } = 1;

    /// <summary>Every written form that counts as this term: the term first, then its aliases.</summary>
    public IEnumerable<string> Forms => Aliases.Prepend(Term);
}

/// <summary>
/// The editor's keyword list as parsed; <see cref="Path"/> is null when there is none.
/// <see cref="Diagnostics"/> holds what was wrong with the file (errors for malformed lines, warnings for duplicates).
/// </summary>
public sealed record KeywordList(string? Path, IReadOnlyList<KeywordEntry> Entries)
{
    public static readonly KeywordList Empty = new(null, []);

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
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

    /// <summary>The entry for a term as written in the index, or null.</summary>
    public TermEntry? Find(string term) => Terms.FirstOrDefault(t => t.Term == term);

    /// <summary>The letters that have terms, in index order (A–Z, then "#").</summary>
    public IEnumerable<IGrouping<string, TermEntry>> ByLetter => Terms.GroupBy(t => t.Letter);
}

/// <summary>A piece of a sentence's text; <see cref="Term"/> is set where the piece is a term to link.</summary>
public sealed record TextRun(string Text, TermEntry? Term);
