using Meeting.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>
/// Search over an archive of many meetings, from disk: results newest meeting first and in reading order within
/// each, page after page across the index's volumes; phrases longer than one piece of the index; a meeting's own
/// scope. The expected results come from the home page's order and each meeting's exported model.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ArchiveSearchTests(SiteFixture browser, ArchiveSiteFixture archive) : IClassFixture<ArchiveSiteFixture>
{
    [Fact]
    public async Task A_phrase_lists_every_sentence_that_holds_it_newest_meeting_first_page_after_page()
    {
        var expected = archive.SentencesWith("立德树人");
        // The phrase should need more than one page and stand in meetings of every volume (two decades, undated).
        Assert.True(expected.Count > 40, $"{expected.Count} sentences");
        Assert.Contains(expected, h => h.Meeting.StartsWith("201", StringComparison.Ordinal));
        Assert.Contains(expected, h => !char.IsDigit(h.Meeting[0]));
        await using var session = await browser.OpenAsync();
        var page = await SearchAsync(session, "search.html", "立德树人");

        await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync($"共 {expected.Count} 条结果");
        var shown = await AllResultsAsync(page);
        Assert.Equal(expected, shown);
        // Each meeting's results stand under one heading that names it and counts them.
        var headings = await page.Locator(".search-meeting h2").AllInnerTextsAsync();
        var meetings = expected.Select(h => h.Meeting).Distinct().ToList();
        Assert.Equal(meetings.Count, headings.Count);
        Assert.All(meetings.Zip(headings), pair =>
        {
            Assert.StartsWith(archive.Title(pair.First), pair.Second);
            Assert.EndsWith($" {expected.Count(h => h.Meeting == pair.First)} 条", pair.Second);
        });
        Assert.Empty(session.ConsoleErrors);
    }

    [Theory]
    [InlineData("高质量发展")]          // five characters: two pieces of the index, chained at their distance
    [InlineData("落实立德树人根本任务")]   // ten: three pieces, the last overlapping
    [InlineData("习近平新时代中国特色社会主义思想")] // sixteen: four pieces end to end
    [InlineData("产教融合 职业教育")]    // two words in the same sentence
    public async Task Longer_phrases_and_several_words_find_exactly_the_sentences_that_hold_them(string query)
    {
        var expected = archive.SentencesWith(query.Split(' '));
        Assert.NotEmpty(expected);
        await using var session = await browser.OpenAsync();
        var page = await SearchAsync(session, "search.html", query);

        await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync($"共 {expected.Count} 条结果");
        Assert.Equal(expected, await AllResultsAsync(page));
    }

    [Fact]
    public async Task From_a_meetings_pages_the_search_keeps_to_that_meeting_and_offers_the_whole_archive()
    {
        var all = archive.SentencesWith("立德树人");
        var meeting = all.GroupBy(h => h.Meeting).First(g => g.Count() > 1).Key;
        var own = all.Where(h => h.Meeting == meeting).ToList();
        await using var session = await browser.OpenAsync();
        var page = session.Page;

        // The header's box on one of the meeting's pages: Enter goes to the search page with the meeting's scope.
        await page.GotoAsync(archive.Url($"{meeting}/text.html"));
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("立德树人");
        await page.Keyboard.PressAsync("Enter");
        await SearchResults.WaitAsync(page, "立德树人");

        await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync($"本次会议共 {own.Count} 条结果");
        Assert.Equal(own, await AllResultsAsync(page));
        var scope = page.Locator(".search-scope");
        await Assertions.Expect(scope).ToBeVisibleAsync();
        await Assertions.Expect(scope.GetByRole(AriaRole.Radio, new() { Name = archive.Title(meeting) })).ToBeCheckedAsync();

        await scope.GetByRole(AriaRole.Radio, new() { Name = "全部会议" }).CheckAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync($"共 {all.Count} 条结果");
        Assert.DoesNotContain("m=", new Uri(page.Url).Query);
    }

    private async Task<IPage> SearchAsync(PageSession session, string path, string query)
    {
        var page = session.Page;
        await page.GotoAsync(archive.Url(path));
        await Assertions.Expect(page.Locator("#search-q")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(query);
        await SearchResults.WaitAsync(page, query);
        return page;
    }

    /// <summary>Shows every page of results (the "more" button until it goes) and reads where each result links.</summary>
    private async Task<List<(string Meeting, string Sentence)>> AllResultsAsync(IPage page)
    {
        var more = page.Locator(".search-more");
        while (await more.IsVisibleAsync())
        {
            var before = await page.Locator(".search-hits a").CountAsync();
            await more.ClickAsync();
            await page.WaitForFunctionAsync("n => document.querySelectorAll('.search-hits a').length > n", before);
        }

        var hrefs = await page.Locator(".search-hits a").EvaluateAllAsync<string[]>("as => as.map(a => a.href)");
        return hrefs.Select(archive.Target).ToList();
    }
}
