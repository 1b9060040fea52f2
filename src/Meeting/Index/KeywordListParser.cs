using Meeting.Diagnostics;

namespace Meeting.Index;

/// <summary>
/// Reads the editor's keyword list, <c>content/_keywords.txt</c>. The syntax, also written at the top of the file:
/// <code>
/// # a comment: a line whose first visible character is #
/// 立德树人
/// 教育、科技、人才 | 教育科技人才 | 见：产教融合；科教融汇
/// </code>
/// One term per line; blank lines are allowed. Fields are separated by <c>|</c> (or the full-width <c>｜</c>) and
/// trimmed. The first field is the term as the index shows it; each further field is an alias (another written
/// form that counts as the same term), or, when it starts with <c>见：</c> (or <c>见:</c>), a "see also" list whose
/// terms are separated by <c>；</c> or <c>;</c>. A <c>#</c> after the start of a line is text, not a comment.
/// Malformed lines are errors and are skipped; a form listed twice is a warning and its second listing is skipped.
/// </summary>
public static class KeywordListParser
{
    private static readonly char[] FieldSeparators = ['|', '｜'];
    private static readonly char[] SeeAlsoSeparators = ['；', ';'];
    private static readonly string[] SeeAlsoPrefixes = ["见：", "见:"];
    private static readonly char[] QuotationMarks = ['“', '”', '「', '」', '"'];

    public static KeywordList Parse(string path, string text)
    {
        var diagnostics = new List<Diagnostic>();
        var entries = new List<KeywordEntry>();
        // Which line first listed each written form, so a repeat can point back to it.
        var firstListing = new Dictionary<string, int>(StringComparer.Ordinal);

        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = SplitFields(line);
            var entry = ParseLine(path, lineNumber, fields, diagnostics);
            if (entry is null)
            {
                continue;
            }

            if (firstListing.TryGetValue(entry.Term, out var earlier))
            {
                diagnostics.Add(Diagnostic.Warning(path, lineNumber, entry.Column,
                    $"the term “{entry.Term}” is already listed on line {earlier}; this line is ignored",
                    "merge the two lines into one"));
                continue;
            }

            firstListing[entry.Term] = lineNumber;
            var aliases = new List<string>();
            foreach (var (alias, column) in fields.Skip(1).Where(f => !IsSeeAlso(f.Text)))
            {
                if (firstListing.TryGetValue(alias, out var aliasEarlier))
                {
                    diagnostics.Add(Diagnostic.Warning(path, lineNumber, column,
                        $"“{alias}” is already listed on line {aliasEarlier}; it is ignored here",
                        "a written form can count for one term only"));
                    continue;
                }

                firstListing[alias] = lineNumber;
                aliases.Add(alias);
            }

            entries.Add(entry with { Aliases = aliases });
        }

        return new KeywordList(path, entries) { Diagnostics = diagnostics };
    }

    /// <summary>The line's fields, trimmed, each with the 1-based column where its text starts.</summary>
    private static List<(string Text, int Column)> SplitFields(string line)
    {
        var fields = new List<(string, int)>();
        var start = 0;
        while (true)
        {
            var end = line.IndexOfAny(FieldSeparators, start);
            var raw = end < 0 ? line[start..] : line[start..end];
            var leading = raw.Length - raw.TrimStart().Length;
            fields.Add((raw.Trim(), start + leading + 1));
            if (end < 0)
            {
                return fields;
            }

            start = end + 1;
        }
    }

    /// <summary>The entry a well-formed line gives (aliases not yet checked for repeats), or null after an error.</summary>
    private static KeywordEntry? ParseLine(string path, int line, List<(string Text, int Column)> fields, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        foreach (var (text, column) in fields)
        {
            if (text.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(path, line, column, "empty field",
                    "write: term | alias | 见：other term (fields separated by |)"));
            }
            else if (text.IndexOfAny(QuotationMarks) >= 0)
            {
                diagnostics.Add(Diagnostic.Error(path, line, column, $"“{text}” contains quotation marks",
                    "write the term without its quotation marks; quoted terms of the report join the index by themselves"));
            }
        }

        var (term, termColumn) = fields[0];
        if (IsSeeAlso(term))
        {
            diagnostics.Add(Diagnostic.Error(path, line, termColumn, "the line starts with “见：” instead of a term",
                "a line is: term | alias | 见：other term"));
        }

        var seeAlso = new List<string>();
        foreach (var (text, column) in fields.Skip(1).Where(f => IsSeeAlso(f.Text)))
        {
            var targets = SeeAlsoTargets(text);
            if (targets.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(path, line, column, "“见：” names no term",
                    "write 见：term；other term"));
            }

            foreach (var target in targets)
            {
                if (target == term)
                {
                    diagnostics.Add(Diagnostic.Warning(path, line, column, $"“{term}” refers to itself; ignored"));
                }
                else if (!seeAlso.Contains(target))
                {
                    seeAlso.Add(target);
                }
            }
        }

        return diagnostics.Skip(errorsBefore).Any(d => d.Severity == Severity.Error)
            ? null
            : new KeywordEntry(term, [], seeAlso, line) { Column = termColumn };
    }

    private static bool IsSeeAlso(string field) => SeeAlsoPrefixes.Any(p => field.StartsWith(p, StringComparison.Ordinal));

    private static List<string> SeeAlsoTargets(string field) =>
        field[SeeAlsoPrefixes.First(p => field.StartsWith(p, StringComparison.Ordinal)).Length..]
            .Split(SeeAlsoSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToList();
}
