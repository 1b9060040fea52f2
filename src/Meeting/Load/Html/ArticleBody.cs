using AngleSharp.Dom;

namespace Meeting.Load;

/// <summary>
/// Finds the article in a news page and reads its paragraphs. The content containers of the systems Chinese
/// government, newspaper and university sites run on are tried first (TRS, UCAP, VSB, WebPlus, …); failing
/// those, the element whose own paragraphs hold the most Chinese text that is not link text. Navigation,
/// scripts, share bars and editor's lines are not the article.
/// </summary>
public static class ArticleBody
{
    public sealed record Paragraph(string Text, int Line, int Column);

    private static readonly string[] KnownContainers =
    [
        "#UCAP-CONTENT", ".TRS_Editor", ".TRS_UEDITOR", "#zoom", ".v_news_content", "#vsb_content", ".wp_articlecontent",
        "[itemprop=articleBody]", ".article-content", ".article_content", ".articleContent", "#articleContent",
        ".news_content", ".news-content", ".detail-content", ".content_text", "#content", "article", ".content", "main",
    ];

    private static readonly string[] NotArticle =
        ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "select", "button", "template", "svg"];

    private static readonly string[] Blocks =
        ["p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr", "td", "center", "main"];

    // Elements that hold blocks rather than text: their text counts for the element inside them, not for this one.
    private static readonly string[] Containers = ["div", "section", "article", "table", "tbody", "tr", "td", "ul", "ol", "main", "center"];

    // A paragraph this short that says one of these is the page's furniture: 责任编辑：… 【打印】【关闭】
    private static readonly string[] Furniture =
    [
        "责任编辑", "编辑：", "来源：", "打印", "关闭", "分享到", "扫一扫", "字号", "浏览次数", "点击数", "阅读次数", "上一篇",
        "下一篇", "相关链接", "附件：", "版权所有", "ICP", "发布时间", "作者：", "审核：", "初审", "复审", "终审", "【", "返回顶部",
    ];

    private const int FurnitureLength = 60;

    public static IElement? Find(IDocument page)
    {
        foreach (var selector in KnownContainers)
        {
            var found = page.QuerySelectorAll(selector).MaxBy(OwnText);
            if (found is not null && OwnText(found) >= 100)
            {
                return found;
            }
        }

        return page.Body?.QuerySelectorAll("*").Where(e => !NotArticle.Contains(e.LocalName)).MaxBy(OwnText) is { } best && OwnText(best) >= 20
            ? best
            : null;
    }

    /// <summary>The article's paragraphs in reading order, each with where it starts in the page.</summary>
    public static IReadOnlyList<Paragraph> Paragraphs(IElement body)
    {
        var reader = new ParagraphReader();
        reader.Walk(body);
        reader.Flush();
        return reader.Paragraphs.Where(p => !IsFurniture(p.Text)).ToList();
    }

    // How much Chinese text an element holds in its own paragraphs (its child elements' text, less links):
    // the article's container scores high, the page's <body> no higher than the container within it.
    private static int OwnText(IElement element)
    {
        var total = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e && NotArticle.Contains(e.LocalName))
            {
                continue;
            }

            var text = child.TextContent;
            var links = child is IElement el ? el.QuerySelectorAll("a").Sum(a => Cjk(a.TextContent)) : 0;
            var own = Cjk(text) - 2 * links;
            total += child is IElement container && Containers.Contains(container.LocalName) ? own / 4 : Math.Max(0, own);
        }

        return total;
    }

    private static int Cjk(string text) => text.Count(c => c is >= '\u4e00' and <= '\u9fff');

    private static bool IsFurniture(string text) =>
        Cjk(text) < 2 || (text.Length < FurnitureLength && Furniture.Any(f => text.Contains(f, StringComparison.Ordinal)));

    /// <summary>Walks the article: block elements and &lt;br&gt; end a paragraph; inline elements go on with it.</summary>
    private sealed class ParagraphReader
    {
        private readonly System.Text.StringBuilder current = new();
        private (int Line, int Column) start;

        public List<Paragraph> Paragraphs { get; } = [];

        public void Walk(INode node)
        {
            switch (node)
            {
                case IText text:
                    if (current.Length == 0 && text.Parent is IElement parent)
                    {
                        start = Where(parent);
                    }

                    current.Append(text.Data);
                    break;
                case IElement element when NotArticle.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    Flush();
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        Flush();
                        start = Where(element);
                    }

                    foreach (var child in element.ChildNodes)
                    {
                        Walk(child);
                    }

                    if (block)
                    {
                        Flush();
                    }

                    break;
            }
        }

        public void Flush()
        {
            var text = Text.WithoutLayoutSpaces(current.ToString());
            current.Clear();
            if (text.Length > 0)
            {
                Paragraphs.Add(new Paragraph(text, start.Line, start.Column));
            }
        }

        private static (int Line, int Column) Where(IElement element) =>
            element.SourceReference is { } source ? (source.Position.Line, source.Position.Column) : (1, 1);
    }
}
