using AngleSharp.Html.Parser;
using Meeting.Diagnostics;

namespace Meeting.Check;

/// <summary>
/// Parses one page with AngleSharp as a browser would and notes HTML parse errors, duplicate ids, and every
/// link (a, link) it holds. Positions in messages are the page's own line:column.
/// </summary>
public static class HtmlInspector
{
    public static PageFacts Inspect(string path, string html)
    {
        var problems = new List<Diagnostic>();
        var parser = new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false, IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            var error = (AngleSharp.Html.Dom.Events.HtmlErrorEvent)e;
            problems.Add(Diagnostic.Error(path, error.Position.Line, error.Position.Column, $"HTML parse error: {error.Message}",
                "the template writes invalid HTML here"));
        };
        var document = parser.ParseDocument(html);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            if (!ids.Add(element.Id!))
            {
                var at = element.SourceReference?.Position;
                problems.Add(PageScanner.DuplicateId(path, element.Id!, at?.Line ?? 1, at?.Column ?? 1));
            }
        }

        var links = document.QuerySelectorAll("a[href], link[href]")
            .Select(e => new PageLinkRef(e.GetAttribute("href")!, e.SourceReference?.Position.Line ?? 1, e.SourceReference?.Position.Column ?? 1))
            .ToList();
        return new PageFacts(path, ids, links, problems);
    }
}
