using Microsoft.Playwright;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>
/// One page of each kind a reader meets, and how to open it. The term page is reached from the
/// keyword index by its link text, so a change of slug scheme does not break the tests.
/// </summary>
public static class SitePages
{
    public const string Meeting = "2024-01-11";
    public const string TermOnTermPage = "产教融合";

    public static readonly string[] Kinds =
        ["archive", "home", "part", "item", "fulltext", "attendees", "keywords", "term", "notfound", "search"];

    public static IEnumerable<object[]> KindsInBothModes() =>
        from kind in Kinds from mode in Enum.GetValues<SiteMode>() select new object[] { kind, mode };

    public static IEnumerable<object[]> BothModes() => Enum.GetValues<SiteMode>().Select(m => new object[] { m });

    /// <summary>Opens the page of the given kind and waits for it to load; returns the HTTP status (200 on disk).</summary>
    public static async Task<int> OpenAsync(SiteFixture site, IPage page, string kind, SiteMode mode)
    {
        if (kind == "term")
        {
            await OpenAsync(site, page, "keywords", mode);
            var href = await page.Locator("main dt a", new() { HasTextString = TermOnTermPage }).First.GetAttributeAsync("href")
                ?? throw new InvalidOperationException($"No link to {TermOnTermPage} in the keyword index.");
            return await GoAsync(page, new Uri(new Uri(page.Url), href).AbsoluteUri);
        }
        if (kind == "notfound" && mode == SiteMode.Http)
        {
            // On a host the 404 page is what a mistyped address shows.
            return await GoAsync(page, site.Url(mode, "no-such-page.html"));
        }
        return await GoAsync(page, site.Url(mode, PathOf(kind)));
    }

    public static string PathOf(string kind) => kind switch
    {
        "archive" => "index.html",
        "home" => $"{Meeting}/index.html",
        "part" => $"{Meeting}/tasks/index.html",
        "item" => $"{Meeting}/tasks/5.html",
        "fulltext" => $"{Meeting}/text.html",
        "attendees" => $"{Meeting}/attendees/index.html",
        "keywords" => $"{Meeting}/terms/index.html",
        "notfound" => "404.html",
        "search" => "search.html",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no fixed path for this kind of page"),
    };

    private static async Task<int> GoAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        // file:// navigations have no response in some Chromium builds; the page is there all the same.
        return response?.Status ?? 200;
    }
}
