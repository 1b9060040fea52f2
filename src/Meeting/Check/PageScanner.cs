using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Meeting.Diagnostics;

namespace Meeting.Check;

/// <summary>
/// The build's check of one page without a DOM: AngleSharp's tokenizer alone (any attribute quoting, character
/// references decoded as a browser would) yields every id and every link (a, link) with its line:column, and
/// duplicate ids, and tags that do not nest (<see cref="TagNesting"/>). Text is skipped, nothing is built.
/// <c>meeting check</c> and the tests parse pages fully instead (<see cref="HtmlInspector"/>).
/// </summary>
public static class PageScanner
{
    public static PageFacts Scan(string path, string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipRawText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
            SkipCDATA = true,
            SkipPlaintext = true,
            SkipProcessingInstructions = true,
        };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLinkRef>();
        var problems = new List<Diagnostic>();
        var nesting = new TagNesting(path);
        var token = tokenizer.Get();
        for (; token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.EndTag)
            {
                nesting.End(((HtmlTagToken)token).Name, token.Position.Line, token.Position.Column);
                continue;
            }

            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            var tag = (HtmlTagToken)token;
            nesting.Start(tag.Name, tag.IsSelfClosing, tag.Position.Line, tag.Position.Column);
            foreach (var attribute in tag.Attributes)
            {
                if (attribute.Name == "id" && attribute.Value.Length > 0 && !ids.Add(attribute.Value))
                {
                    problems.Add(DuplicateId(path, attribute.Value, attribute.Position.Line, attribute.Position.Column));
                }
                else if (attribute.Name == "href" && tag.Name is "a" or "link")
                {
                    links.Add(new PageLinkRef(attribute.Value, tag.Position.Line, tag.Position.Column));
                }
            }

            // The tree builder would switch the tokenizer for these elements' contents; without it, we do.
            tokenizer.State = tag.Name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "title" or "textarea" => HtmlParseMode.RCData,
                "plaintext" => HtmlParseMode.Plaintext,
                _ => tokenizer.State,
            };
        }

        nesting.Finish(token.Position.Line, token.Position.Column);
        problems.AddRange(nesting.Problems);
        return new PageFacts(path, ids, links, problems);
    }

    internal static Diagnostic DuplicateId(string path, string id, int line, int column) =>
        Diagnostic.Error(path, line, column, $"the id `{id}` is used twice", "ids must be unique in a page, or links to them are ambiguous");
}
