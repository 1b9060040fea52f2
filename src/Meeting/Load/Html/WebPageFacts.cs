using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Meeting.Load;

/// <summary>
/// What a news page says of itself: the article's title, the day it was published, its address and its
/// publisher, from the meta tags news and government sites write (ArticleTitle, PubDate, ContentSource,
/// og:*, canonical) and, failing those, from the 发布时间：… 来源：… line above the article.
/// </summary>
public static partial class WebPageFacts
{
    public sealed record Facts(string? Title, DateOnly? Published, string? Url, string? Publisher);

    public static Facts Read(IDocument page)
    {
        var byline = Byline(page);
        return new Facts(
            Meta(page, "ArticleTitle", "og:title") ?? Heading(page) ?? TitleWithoutSite(page),
            Day(Meta(page, "PubDate", "article:published_time", "publishdate", "pubdate")) ?? Day(byline),
            Address(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url", "url")),
            Meta(page, "ContentSource", "source", "og:site_name", "SiteName") ?? Source(byline));
    }

    private static string? Meta(IDocument page, params string[] names)
    {
        foreach (var name in names)
        {
            var content = page.QuerySelector($"meta[name='{name}' i], meta[property='{name}' i]")?.GetAttribute("content")?.Trim();
            if (!string.IsNullOrEmpty(content))
            {
                return content;
            }
        }

        return null;
    }

    private static string? Heading(IDocument page) =>
        page.QuerySelectorAll("h1").Select(h => Text.Normalise(h.TextContent)).FirstOrDefault(t => t.Length >= 4);

    // 2024年全国教育工作会议召开 - 中华人民共和国教育部政府门户网站: the site's name is not the article's.
    private static string? TitleWithoutSite(IDocument page)
    {
        var title = Text.Normalise(page.Title ?? "");
        var cut = title.IndexOfAny(['_', '|', '－']);
        var dash = title.IndexOf(" - ", StringComparison.Ordinal);
        cut = cut < 0 ? dash : dash < 0 ? cut : Math.Min(cut, dash);
        title = cut > 0 ? title[..cut].Trim() : title;
        return title.Length > 0 ? title : null;
    }

    // The short line that says when and where from: 发布时间：2024-01-11 来源：教育部
    private static string? Byline(IDocument page) =>
        page.Body?.QuerySelectorAll("div, span, p, td")
            .Select(e => Text.Normalise(e.TextContent))
            .FirstOrDefault(t => t.Length < 120 && (t.Contains("来源：", StringComparison.Ordinal) || t.Contains("发布时间", StringComparison.Ordinal)));

    private static DateOnly? Day(string? text)
    {
        var match = text is null ? Match.Empty : DatePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (y, m, d) = (Number(match.Groups["y"].Value), Number(match.Groups["m"].Value), Number(match.Groups["d"].Value));
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    private static string? Source(string? byline)
    {
        var match = byline is null ? Match.Empty : SourcePattern().Match(byline);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    private static string? Address(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static int Number(string digits) => Meeting.Parse.DecimalDigits.Value(digits) ?? 0;

    [GeneratedRegex(@"(?<y>20\d{2}|19\d{2})[-/.年](?<m>\d{1,2})[-/.月](?<d>\d{1,2})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"来源[：:]\s*([^\s|｜]{2,30})")]
    private static partial Regex SourcePattern();
}
