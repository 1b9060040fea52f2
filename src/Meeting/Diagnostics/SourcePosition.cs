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
}
