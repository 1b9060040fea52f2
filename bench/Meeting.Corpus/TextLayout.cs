using System.Text;

namespace Meeting.Corpus;

/// <summary>
/// How a report's text is laid out as a file. Reports reach the archive copied from many web pages and
/// editors, so the same words come with or without a byte-order mark, with LF or CRLF, indented with
/// ideographic spaces, ASCII spaces or not at all, sometimes with blank lines between paragraphs.
/// </summary>
public sealed record TextLayout(bool ByteOrderMark, string LineEnding, string Indent, bool StrayFirstSpace, bool BlankLines, string Ending)
{
    private static readonly string[] Indents = ["　　", "　　", "　　", "    ", "  ", "", ""];

    // How the file ends: a line end, nothing, or the stray space line the 2024 report was published with.
    private static readonly string[] Endings = ["newline", "newline", "none", "space-line"];

    public static TextLayout Draw(Random random) => new(
        ByteOrderMark: random.Chance(0.3),
        LineEnding: random.Chance(0.3) ? "\r\n" : "\n",
        Indent: random.Pick(Indents),
        StrayFirstSpace: random.Chance(0.1),
        BlankLines: random.Chance(0.2),
        Ending: random.Pick(Endings));

    /// <summary>The title line, then one line per paragraph, as the bytes of the file.</summary>
    public byte[] Render(string title, IReadOnlyList<string> paragraphs)
    {
        var text = new StringBuilder();
        text.Append(title);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            text.Append(LineEnding);
            if (BlankLines)
            {
                text.Append(LineEnding);
            }
            if (i == 0 && StrayFirstSpace)
            {
                text.Append(' ');
            }
            text.Append(Indent).Append(paragraphs[i]);
        }
        switch (Ending)
        {
            case "newline":
                text.Append(LineEnding);
                break;
            case "space-line":
                text.Append(LineEnding).Append(' ');
                break;
        }

        var body = Encoding.UTF8.GetBytes(text.ToString());
        return ByteOrderMark ? [.. Encoding.UTF8.Preamble, .. body] : body;
    }
}
