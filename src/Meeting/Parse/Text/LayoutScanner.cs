using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Finds the title line and the paragraphs of a report body: the first non-blank line is the title, every
/// further non-blank line a paragraph. Indentation (U+3000, spaces, tabs), blank lines and line ends (LF or
/// CRLF) are layout; they are kept as layout segments, so the source can be rebuilt exactly.
/// Text copied from a PDF is wrapped: where indentation marks the paragraphs, a line without indentation that
/// goes on from a line ending mid-sentence continues that paragraph rather than starting one.
/// </summary>
public static partial class LayoutScanner
{
    public sealed record Layout(TextSpan Title, IReadOnlyList<TextSpan> Paragraphs);

    // Not ；: text wrapped from a PDF breaks after a semicolon as often as anywhere (…政治责任；\n二是…).
    private const string SentenceEnds = "。！？：…!?:";
    private const string Closers = "”’」』）》】\")";

    private sealed record Line(TextSpan Content, bool Indented, bool AfterBlank);

    /// <summary>Null when the body holds no non-blank line at all.</summary>
    public static Layout? Scan(string text, int bodyStart, bool markdownTitle)
    {
        var lines = Lines(text, bodyStart);
        if (lines.Count == 0)
        {
            return null;
        }

        var title = markdownTitle ? WithoutHashes(text, lines[0].Content) : lines[0].Content;
        var indentMarksParagraphs = lines.Skip(1).Count(l => l.Indented) >= 2;
        var paragraphs = new List<TextSpan>();
        foreach (var line in lines.Skip(1))
        {
            var continues = indentMarksParagraphs && !line.Indented && !line.AfterBlank && paragraphs.Count > 0
                && !EndsASentence(text, paragraphs[^1]) && !IsByline(text, line.Content);
            if (continues)
            {
                paragraphs[^1] = new TextSpan(paragraphs[^1].Start, line.Content.End - paragraphs[^1].Start);
            }
            else
            {
                paragraphs.Add(line.Content);
            }
        }

        return new Layout(title, paragraphs);
    }

    // 来源：中国教育新闻网 / 编辑：李晓: a news page's labelled lines end without a 。 and yet each stands alone.
    private static bool IsByline(string text, TextSpan line) => Byline().IsMatch(text.AsSpan(line.Start, Math.Min(line.Length, 8)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^[（(]?(来源|编辑|责任编辑|责编|作者|记者|通讯员|审核|审校|校对|供稿|稿源|原标题|发布时间|发布日期|出处|摄影|图片)[：:]")]
    private static partial System.Text.RegularExpressions.Regex Byline();

    // 。 or 。” at the end of a line finishes a sentence; a closing quote alone (“大思政课”) does not.
    private static bool EndsASentence(string text, TextSpan paragraph)
    {
        var end = paragraph.End - 1;
        while (end > paragraph.Start && Closers.Contains(text[end]))
        {
            end--;
        }

        return SentenceEnds.Contains(text[end]);
    }

    private static List<Line> Lines(string text, int bodyStart)
    {
        var lines = new List<Line>();
        var afterBlank = false;
        for (var lineStart = bodyStart; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var content = SpanTrim.Of(text, lineStart, lineEnd);
            if (content.Length > 0)
            {
                lines.Add(new Line(content, content.Start > lineStart, afterBlank));
            }

            afterBlank = content.Length == 0;
            lineStart = lineEnd + 1;
        }

        return lines;
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

        return SpanTrim.Of(text, i, line.End);
    }
}
