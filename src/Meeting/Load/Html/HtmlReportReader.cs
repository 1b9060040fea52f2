using AngleSharp.Html.Parser;
using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Load;

/// <summary>
/// A report saved from a news site (the article page of a ministry or a newspaper, .html): the article's title
/// and paragraphs become the report's text, one paragraph a line, as if published as .txt; what the page says of
/// its publication (publisher, address, day) comes along. Markup never reaches the report: only text does.
/// </summary>
public static class HtmlReportReader
{
    public static SourceDocument Read(string path, byte[] bytes)
    {
        var html = HtmlCharset.Decode(path, bytes);
        var page = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var facts = WebPageFacts.Read(page);
        var body = ArticleBody.Find(page)
            ?? throw new MeetingException(Diagnostic.About(path,
                "no article text was found in this page",
                "save the article's own page (not a list of articles), or copy the article's text into a .txt file"));

        var paragraphs = ArticleBody.Paragraphs(body).ToList();
        var title = facts.Title;
        if (paragraphs.Count > 0 && (title is null || paragraphs[0].Text == title || title.Contains(paragraphs[0].Text, StringComparison.Ordinal)))
        {
            // The article repeats its title (or is the only place that gives one) above the text.
            title ??= paragraphs[0].Text;
            paragraphs.RemoveAt(0);
        }

        if (title is null || paragraphs.Count == 0)
        {
            var (line, column) = paragraphs.Count > 0 ? (paragraphs[0].Line, paragraphs[0].Column) : (1, 1);
            throw new MeetingException(Diagnostic.Error(path, line, column,
                title is null ? "the page names no title for its article" : "the page's article has a title but no paragraphs",
                "save the article's own page, or copy its title and text into a .txt file"));
        }

        var titleOrigin = (1, 1);
        var text = title + "\n" + string.Concat(paragraphs.Select(p => p.Text + "\n"));
        return new SourceDocument(path, text)
        {
            Origins = [titleOrigin, .. paragraphs.Select(p => (p.Line, p.Column))],
            Page = new Publication(facts.Publisher, facts.Url, facts.Published),
        };
    }
}
