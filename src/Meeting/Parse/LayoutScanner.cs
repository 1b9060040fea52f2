using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Finds the title line and the paragraphs of a report body: the first non-blank line is the title, every
/// further non-blank line a paragraph. Indentation (U+3000, spaces, tabs), blank lines and line ends (LF or
/// CRLF) are layout; they are kept as layout segments, so the source can be rebuilt exactly.
/// </summary>
public static class LayoutScanner
{
    public sealed record Layout(TextSpan Title, IReadOnlyList<TextSpan> Paragraphs);

    /// <summary>Null when the body holds no non-blank line at all.</summary>
    public static Layout? Scan(string text, int bodyStart, bool markdownTitle)
    {
        TextSpan? title = null;
        var paragraphs = new List<TextSpan>();
        var lineStart = bodyStart;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var content = Trim(text, lineStart, lineEnd);
            if (content.Length > 0)
            {
                if (title is null)
                {
                    title = markdownTitle ? WithoutHashes(text, content) : content;
                }
                else
                {
                    paragraphs.Add(content);
                }
            }

            lineStart = lineEnd + 1;
        }

        return title is null ? null : new Layout(title.Value, paragraphs);
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end - start);
    }

    // "# 标题" in a Markdown report: the hashes are layout, the words are the title.
    private static TextSpan WithoutHashes(string text, TextSpan line)
    {
        var i = line.Start;
        while (i < line.End && text[i] == '#')
        {
            i++;
        }

        if (i == line.Start || i == line.End || !char.IsWhiteSpace(text[i]))
        {
            return line;
        }

        return Trim(text, i, line.End);
    }
}
