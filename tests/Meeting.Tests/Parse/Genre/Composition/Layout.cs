using CsCheck;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// How the text is laid out, as news sites and copy-paste leave it: line ends, indentation of paragraphs,
/// blank lines between them (empty, or holding only the indentation, as copied text leaves them), a blank line
/// after the title, a line end after the last paragraph.
/// </summary>
public sealed record Layout(string LineEnd, string Indent, bool BlankLines, bool BlankAfterTitle, bool FinalLineEnd, bool IndentedBlankLines = false)
{
    public static readonly Gen<Layout> Any =
        from lineEnd in Gen.Frequency((70, "\n"), (30, "\r\n"))
        from indent in Gen.Frequency((50, "\u3000\u3000"), (20, ""), (8, "  "), (7, "    "), (5, " \u3000\u3000"), (5, "\u3000"), (5, "\t"))
        from blankLines in Chance.Percent(35)
        from blankAfterTitle in Chance.Percent(15)
        from finalLineEnd in Chance.Percent(85)
        from indentedBlankLines in Chance.Percent(15)
        select new Layout(lineEnd, indent, blankLines, blankAfterTitle, finalLineEnd, indentedBlankLines && indent.Length > 0);

    public string Lay(string title, IEnumerable<string> paragraphs)
    {
        var blank = (IndentedBlankLines ? Indent : "") + LineEnd;
        var between = LineEnd + (BlankLines ? blank : "");
        var afterTitle = LineEnd + (BlankLines || BlankAfterTitle ? blank : "");
        return title + afterTitle + string.Join(between, paragraphs.Select(p => Indent + p)) + (FinalLineEnd ? LineEnd : "");
    }

    public IEnumerable<string> Tags()
    {
        yield return LineEnd == "\n" ? "layout: LF" : "layout: CRLF";
        yield return "layout: indent " + Indent switch
        {
            "" => "none",
            "\u3000\u3000" => "　　",
            "\t" => "tab",
            _ when Indent.Trim().Length == 0 && !Indent.Contains('\u3000', StringComparison.Ordinal) => "spaces",
            _ => "mixed",
        };
        yield return BlankLines ? IndentedBlankLines ? "layout: blank lines holding the indentation" : "layout: blank lines" : "layout: no blank lines";
    }
}
