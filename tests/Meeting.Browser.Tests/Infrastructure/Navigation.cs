using Microsoft.Playwright;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>Following a link the way a reader does: a click, then the page it leads to.</summary>
public static class Navigation
{
    /// <summary>Clicks the link and waits until the browser shows the page its href resolves to.</summary>
    public static async Task ClickAndWaitAsync(IPage page, ILocator link)
    {
        var target = await link.EvaluateAsync<string>("a => a.href");
        await link.ClickAsync();
        await page.WaitForURLAsync(target);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
