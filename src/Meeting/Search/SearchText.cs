namespace Meeting.Search;

/// <summary>
/// The one rule by which both the index and the reader's query are folded before they are compared, so that
/// full-width and half-width forms match (２０２４ = 2024, ＡＩ = AI, （ = () and Latin letters match in either
/// case. It maps each UTF-16 unit to one unit, so a position in the folded text is the same position in the
/// sentence as written, and the match can be marked there. <c>templates/assets/search.js</c> applies the same rule.
/// </summary>
public static class SearchText
{
    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0); // the full-width forms of ASCII ! … ~
        }
        else if (c == '\u3000')
        {
            c = ' '; // the ideographic space
        }

        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    /// <summary>Spaces separate the words of a query, so no word of the index spans one.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u00A0';
}
