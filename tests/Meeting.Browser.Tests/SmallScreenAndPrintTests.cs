using Meeting.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>
/// A phone shows every page without sideways scrolling; paper shows the text without the navigation, with the
/// meeting and its date at the top and the page's address at the foot.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SmallScreenAndPrintTests(SiteFixture site)
{
    [Fact]
    public async Task No_page_scrolls_sideways_at_375_pixels()
    {
        await using var session = await site.OpenAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        var tooWide = new List<string>();
        foreach (var relative in site.AllPages)
        {
            await session.Page.GotoAsync(site.Url(SiteMode.Disk, relative));
            var widths = await session.Page.EvaluateAsync<int[]>(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scroll, client) = (widths[0], widths[1]);
            if (scroll > client) tooWide.Add($"{relative}: {scroll}px wide in a {client}px window");
        }
        Assert.True(tooWide.Count == 0, "Pages that scroll sideways on a phone:\n" + string.Join("\n", tooWide));
    }

    [Theory]
    [MemberData(nameof(SitePages.BothModes), MemberType = typeof(SitePages))]
    public async Task Print_shows_the_text_without_navigation(SiteMode mode)
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await SitePages.OpenAsync(site, page, "item", mode);
        await Assertions.Expect(page.Locator("footer .pager")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main .print-context")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("footer .print-only")).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator("header nav.site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("header nav.crumbs")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("footer .pager")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main p.text")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main .permalink").First).ToBeHiddenAsync();

        // The top of the paper names the meeting and its day; the foot, the address a reader cannot click.
        var context = page.Locator("main .print-context");
        await Assertions.Expect(context).ToBeVisibleAsync();
        await Assertions.Expect(context).ToHaveTextAsync("2024年全国教育工作会议召开 · 2024-01-11");
        Assert.True(await context.EvaluateAsync<bool>("p => p.compareDocumentPosition(document.querySelector('main h1')) & Node.DOCUMENT_POSITION_FOLLOWING"));
        await Assertions.Expect(page.Locator("footer .print-only")).ToHaveTextAsync($"本页地址：{SitePages.PathOf("item")}");
        await Assertions.Expect(page.Locator("footer .citation")).ToBeVisibleAsync();
    }
}
