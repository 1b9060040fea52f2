using Meeting.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>
/// The walk a student of the report takes: from the archive to the fifth task, to a concept on it,
/// to where it is said in the full text, and back home, by clicking only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderWalkTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(SitePages.BothModes), MemberType = typeof(SitePages))]
    public async Task From_the_archive_to_a_highlighted_sentence_of_the_fifth_task_and_back_home(SiteMode mode)
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(site.Url(mode, "index.html"));

        await Navigation.ClickAndWaitAsync(page, page.Locator("main a.meeting-title").First);
        Assert.Equal($"{SitePages.Meeting}/index.html", site.RelativePath(page.Url));
        var meetingTitle = await page.Locator("h1").InnerTextAsync();

        var tasksInContents = page.Locator("main .toc > ol > li", new() { Has = page.Locator("> a", new() { HasTextString = "重点任务" }) });
        await Navigation.ClickAndWaitAsync(page, tasksInContents.Locator("ol.items > li > a").Nth(4));
        Assert.Equal($"{SitePages.Meeting}/tasks/5.html", site.RelativePath(page.Url));
        Assert.StartsWith("第五项任务", await page.Locator("h1").InnerTextAsync());

        var termLink = page.Locator("main p.text a.term").First;
        var termAsWritten = await termLink.InnerTextAsync();
        await Navigation.ClickAndWaitAsync(page, termLink);
        Assert.StartsWith($"{SitePages.Meeting}/terms/", site.RelativePath(page.Url));

        // The occurrence that comes from the fifth task: the reader goes back to where they were, in the full text.
        var occurrence = page.Locator("main dl.places > dt:has-text('第五项任务') + dd .kwic a").First;
        Assert.Contains(termAsWritten, await occurrence.Locator("mark").InnerTextAsync());
        await Navigation.ClickAndWaitAsync(page, occurrence);
        Assert.Equal($"{SitePages.Meeting}/text.html", site.RelativePath(page.Url));
        var sentenceId = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.False(string.IsNullOrEmpty(sentenceId), $"The occurrence link has no #sentence anchor: {page.Url}");

        var target = page.Locator(":target");
        await Assertions.Expect(target).ToHaveIdAsync(sentenceId);
        Assert.Contains(termAsWritten, await target.InnerTextAsync());
        var highlighted = await BackgroundOf(target);
        var plain = await BackgroundOf(page.Locator("main .s:not(:target)").First);
        Assert.NotEqual(plain, highlighted);

        await Navigation.ClickAndWaitAsync(page, page.Locator("nav.crumbs a", new() { HasTextString = meetingTitle }));
        Assert.Equal($"{SitePages.Meeting}/index.html", site.RelativePath(page.Url));
    }

    private static Task<string> BackgroundOf(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
}
