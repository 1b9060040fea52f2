using Meeting.Model;

namespace Meeting.Diagnostics;

/// <summary>Turns an offset in a text into a 1-based line and column (columns count UTF-16 units, as editors do).</summary>
public static class SourcePosition
{
    public static (int Line, int Column) Of(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    /// <summary>The place in the file the editor has: for a report taken from a web page, in the page.</summary>
    public static (int Line, int Column) Of(SourceDocument document, int offset)
    {
        var (line, column) = Of(document.Text, offset);
        return document.Origins is { } origins && line - 1 < origins.Count
            ? (origins[line - 1].Line, origins[line - 1].Column + column - 1)
            : (line, column);
    }
}
