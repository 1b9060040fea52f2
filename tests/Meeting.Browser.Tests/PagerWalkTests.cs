using Meeting.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>
/// "下一页" from the archive root reads the whole site in order and "上一页" reads it back:
/// no dead end, no loop, no page left out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PagerWalkTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(SitePages.BothModes), MemberType = typeof(SitePages))]
    public async Task Next_reads_every_page_once_and_previous_reads_them_back(SiteMode mode)
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        var start = site.Url(mode, "index.html");

        var pager = await WalkForwardAsync(page, start);
        var forward = pager.Select(p => p.Page).ToList();
        var backward = WalkBackward(pager);

        // The 404 page and the search page stand outside the reading order.
        var readingPages = site.AllPages.Where(p => p is not ("404.html" or "search.html")).ToList();
        Assert.Equal("index.html", forward[0]);
        Assert.Equal(readingPages.Count, forward.Count);
        Assert.Equal(readingPages.Order(StringComparer.Ordinal), forward.Order(StringComparer.Ordinal));
        Assert.Equal(forward.AsEnumerable().Reverse(), backward);
    }

    /// <summary>Follows rel=next from the start until a page has none, recording each page's pager.</summary>
    private async Task<List<PagerLinks>> WalkForwardAsync(IPage page, string start)
    {
        var seen = new List<PagerLinks>();
        var url = start;
        while (true)
        {
            // Going to the browser-resolved href instead of clicking keeps the hundred-page walk
            // fast; the reader walk proves that clicking works.
            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            var from = seen.Count == 0 ? "the start" : seen[^1].Page;
            Assert.True(response is null || response.Ok, $"rel=next on {from} leads to {url}: HTTP {response?.Status}");
            var here = site.RelativePath(page.Url);
            Assert.False(seen.Any(p => p.Page == here), $"rel=next comes back to {here} after: {string.Join(" → ", seen.Select(p => p.Page))}");
            Assert.True(seen.Count < site.AllPages.Count, "The walk is longer than the site.");

            var links = await page.EvaluateAsync<string[][]>(
                "() => ['next', 'prev'].map(r => [...document.querySelectorAll(`footer a[rel=${r}]`)].map(a => a.href))");
            Assert.True(links[0].Length <= 1 && links[1].Length <= 1, $"{here} has {links[0].Length} next and {links[1].Length} previous links.");
            var pager = new PagerLinks(here, links[0].SingleOrDefault(), links[1].SingleOrDefault());
            seen.Add(pager);
            if (pager.Next is null) return seen;
            url = pager.Next;
        }
    }

    /// <summary>Follows the recorded rel=prev links from the last page until a page has none.</summary>
    private List<string> WalkBackward(List<PagerLinks> pages)
    {
        var byPage = pages.ToDictionary(p => p.Page);
        var back = new List<string>();
        for (var here = pages[^1]; ; )
        {
            Assert.DoesNotContain(here.Page, back);
            back.Add(here.Page);
            if (here.Previous is null) return back;
            var previous = site.RelativePath(here.Previous);
            Assert.True(byPage.TryGetValue(previous, out var next), $"rel=prev on {here.Page} leads to {previous}, which rel=next never reached.");
            here = next;
        }
    }

    private sealed record PagerLinks(string Page, string? Next, string? Previous);
}
