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
        var parser = new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false });
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
                problems.Add(Diagnostic.Error(path, 1, 1, $"the id `{element.Id}` is used twice",
                    "ids must be unique in a page, or links to them are ambiguous"));
            }
        }

        var links = document.QuerySelectorAll("a[href], link[href]")
            .Select(e => e.GetAttribute("href")!)
            .ToList();
        return new PageFacts(path, ids, links, problems);
    }
}
