namespace Meeting.Check;

/// <summary>
/// Follows the start and end tags of a page as the scan meets them and notes what a browser's tree builder would
/// call a parse error: an end tag that closes no open element (a stray &lt;/span&gt;), tags closed across each other,
/// an element left open at the end. Elements whose end tag HTML lets one leave out (p, li, td, …) close as a
/// browser closes them. This keeps the build's promise that a template writing invalid HTML fails it, without
/// building a DOM; <c>meeting check</c> still parses each page fully.
/// </summary>
internal sealed class TagNesting(string path)
{
    private static readonly HashSet<string> Void =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen"];

    // May be left open: the next sibling or the parent's end closes them.
    private static readonly HashSet<string> OptionalEnd =
        ["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rt", "rp", "html", "head", "body"];

    // A start tag of these closes an open <p>.
    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
        "table", "ul",
    ];

    private readonly List<string> open = [];

    public List<Diagnostics.Diagnostic> Problems { get; } = [];

    public void Start(string name, bool selfClosing, int line, int column)
    {
        if (ClosesParagraph.Contains(name))
        {
            CloseImplied("p");
        }

        if (name is "li" or "dt" or "dd" or "option" or "tr" or "td" or "th")
        {
            CloseImplied(name is "dt" or "dd" ? ["dt", "dd"] : name is "td" or "th" ? ["td", "th"] : [name]);
        }

        if (!Void.Contains(name) && !selfClosing)
        {
            open.Add(name);
        }
    }

    public void End(string name, int line, int column)
    {
        var at = open.LastIndexOf(name);
        if (at >= 0 && open.Skip(at + 1).All(OptionalEnd.Contains))
        {
            open.RemoveRange(at, open.Count - at);
            return;
        }

        Problems.Add(Diagnostics.Diagnostic.Error(path, line, column,
            at < 0 ? $"HTML parse error: the end tag </{name}> closes no open element"
                   : $"HTML parse error: the end tag </{name}> closes <{name}> across <{open[^1]}>",
            "the template writes invalid HTML here"));
        if (at >= 0)
        {
            open.RemoveRange(at, open.Count - at); // one mistake, one message: go on as if closed here
        }
    }

    public void Finish(int line, int column)
    {
        foreach (var name in open.Where(n => !OptionalEnd.Contains(n)))
        {
            Problems.Add(Diagnostics.Diagnostic.Error(path, line, column,
                $"HTML parse error: <{name}> is never closed", "the template writes invalid HTML here"));
        }
    }

    private void CloseImplied(params string[] names)
    {
        // Only the innermost, and only while nothing but elements that may be left open stand above it.
        for (var i = open.Count - 1; i >= 0 && OptionalEnd.Contains(open[i]); i--)
        {
            if (names.Contains(open[i]))
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
        }
    }
}
