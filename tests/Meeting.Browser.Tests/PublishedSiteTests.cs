using Meeting.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>A site published with --base-url, as a reader meets it on a host that serves it under /archive/.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishedSiteTests(SiteFixture browser, PublishedSiteFixture published) : IClassFixture<PublishedSiteFixture>
{
    [Fact]
    public async Task A_mistyped_address_deep_under_the_sub_path_shows_a_styled_404_whose_links_work()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        var missing = new Uri(published.Server.Address, "2024-01-11/tasks/99.html").AbsoluteUri;

        var response = await page.GotoAsync(missing);

        Assert.Equal(404, response!.Status);
        // Styled: the stylesheet's address held at this depth.
        Assert.Equal("absolute", await page.Locator("a.skip").EvaluateAsync<string>("e => getComputedStyle(e).position"));
        Assert.DoesNotContain(session.ConsoleErrors, e => !e.Contains("404"));
        Assert.All(session.Requests, r => Assert.StartsWith(published.Server.Address.AbsoluteUri, r));

        await Navigation.ClickAndWaitAsync(page, page.Locator("main a", new() { HasTextString = "返回会议档案" }));
        Assert.Equal(new Uri(published.Server.Address, "index.html").AbsoluteUri, page.Url);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("会议档案");
    }
}
