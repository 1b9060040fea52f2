using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// A sentence of wrapped text spans a line break; its text, as a reader sees it, does not. Chinese needs no
/// space where the line was broken; between two Latin letters or digits, one space keeps the words apart.
/// The sentence's span still covers the break, so the source is rebuilt exactly.
/// </summary>
public static partial class LineBreaks
{
    public static string Join(string text) =>
        text.Contains('\n') ? Break().Replace(text, m => NeedsSpace(text, m.Index, m.Index + m.Length) ? " " : "") : text;

    private static bool NeedsSpace(string text, int start, int end) =>
        start > 0 && end < text.Length && char.IsAsciiLetterOrDigit(text[start - 1]) && char.IsAsciiLetterOrDigit(text[end]);

    [GeneratedRegex(@"[ \t\u3000]*\r?\n[ \t\u3000]*")]
    private static partial Regex Break();
}
