using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Meeting.Browser.Tests.Infrastructure;
using Meeting.Model;
using Meeting.Parse;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>
/// Full-text search as a reader uses it, from disk and from a host under a sub-path: every sentence that holds
/// the words, each linking to its place in the full text; pinyin for the keyword terms; typed markup stays text.
/// The expected counts come from the parsed report, not from the index.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    private static readonly Lazy<MeetingReport> Report = new(() =>
    {
        var path = Path.Combine(RepositoryRoot.Find(), "content", "report-2024-national-education-work-conference.txt");
        return ReportParser.Parse(new SourceDocument(path, File.ReadAllText(path))).Report;
    });

    /// <summary>The ids of the report's sentences that hold every word, the way a reader counts them.</summary>
    private static HashSet<string> SentencesWith(params string[] words) =>
        Report.Value.Sentences.Where(s => words.All(w => s.Text.Contains(w, StringComparison.Ordinal))).Select(s => s.Id).ToHashSet();

    [Theory]
    [MemberData(nameof(SitePages.BothModes), MemberType = typeof(SitePages))]
    public async Task Typing_a_phrase_in_the_header_finds_every_sentence_that_holds_it_and_the_first_opens_the_full_text_there(SiteMode mode)
    {
        var expected = SentencesWith("教育强国");
        Assert.True(expected.Count >= 3, "the report should say 教育强国 several times");
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await SitePages.OpenAsync(site, page, "item", mode);

        // "/" focuses the header's box; Enter goes to the search page with the query in its address.
        await page.Keyboard.PressAsync("/");
        var box = page.Locator("header form[role=search] input");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("教育强国");
        await page.Keyboard.PressAsync("Enter");
        await SearchResults.WaitAsync(page, "教育强国");
        Assert.Equal("search.html", site.RelativePath(page.Url));

        var links = page.Locator(".search-hits a");
        Assert.Equal(expected.Count, await links.CountAsync());
        await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync($"共 {expected.Count} 条结果");
        var ids = await SentenceIdsAsync(links);
        Assert.Equal(expected.Order(), ids.Order());
        Assert.Equal(expected.Count, await page.Locator(".search-hits a", new() { Has = page.Locator("mark", new() { HasTextString = "教育强国" }) }).CountAsync());

        var first = ids[0];
        await Navigation.ClickAndWaitAsync(page, links.First);
        Assert.Equal($"{SitePages.Meeting}/text.html", site.RelativePath(page.Url));
        var target = page.Locator(":target");
        await Assertions.Expect(target).ToHaveIdAsync(first);
        Assert.Contains("教育强国", await target.InnerTextAsync());
        var highlighted = await target.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var plain = await page.Locator("main .s:not(:target)").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual(plain, highlighted);

        // Back: the search page again, with the query and its results.
        await page.GoBackAsync();
        await SearchResults.WaitAsync(page, "教育强国");
        await Assertions.Expect(page.Locator("#search-q")).ToHaveValueAsync("教育强国");
        Assert.Equal(expected.Count, await links.CountAsync());
        Assert.Empty(session.ConsoleErrors);
        Assert.DoesNotContain(session.Requests, u => !site.IsInsideSite(u));
    }

    [Theory]
    [MemberData(nameof(SitePages.BothModes), MemberType = typeof(SitePages))]
    public async Task Two_words_find_only_the_sentences_that_hold_both(SiteMode mode)
    {
        var expected = SentencesWith("产教融合", "科教融汇");
        Assert.NotEmpty(expected);
        Assert.True(SentencesWith("产教融合").Count > expected.Count, "some sentence should hold 产教融合 alone");
        await using var session = await site.OpenAsync();
        var page = await SearchAsync(session, mode, "产教融合 科教融汇");

        Assert.Equal(expected.Order(), (await SentenceIdsAsync(page.Locator(".search-hits a"))).Order());
        Assert.True(await page.Locator(".search-hits mark", new() { HasTextString = "科教融汇" }).CountAsync() >= expected.Count);
    }

    [Fact]
    public async Task A_query_with_no_match_says_so_and_points_to_the_keyword_index()
    {
        Assert.Empty(SentencesWith("量子计算"));
        await using var session = await site.OpenAsync();
        var page = await SearchAsync(session, SiteMode.Disk, "量子计算");

        await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync("共 0 条结果");
        var none = page.Locator(".search-none");
        await Assertions.Expect(none).ToBeVisibleAsync();
        await Assertions.Expect(none).ToContainTextAsync("没有找到包含“量子计算”的句子");
        await Navigation.ClickAndWaitAsync(page, none.Locator("a", new() { HasTextString = "关键词索引" }));
        Assert.Equal($"{SitePages.Meeting}/terms/index.html", site.RelativePath(page.Url));
    }

    [Theory]
    [InlineData("jyqg")]
    [InlineData("jiaoyuqiangguo")]
    public async Task Pinyin_or_its_initials_offer_the_term_and_its_page(string query)
    {
        await using var session = await site.OpenAsync();
        var page = await SearchAsync(session, SiteMode.Http, query);

        var offer = page.Locator(".search-terms a", new() { HasTextString = "教育强国" }).First;
        await Assertions.Expect(offer).ToHaveTextAsync("教育强国");
        await Navigation.ClickAndWaitAsync(page, offer);
        Assert.StartsWith($"{SitePages.Meeting}/terms/", site.RelativePath(page.Url));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("教育强国");
    }

    [Fact]
    public async Task Markup_typed_as_a_query_comes_back_as_text()
    {
        const string query = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        await using var session = await site.OpenAsync();
        var dialogs = 0;
        session.Page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        var page = await SearchAsync(session, SiteMode.Disk, query);

        await Assertions.Expect(page.Locator(".search-none")).ToContainTextAsync(query);
        Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Without_script_no_box_is_shown_and_the_search_page_points_to_the_keyword_index()
    {
        await using var session = await site.OpenAsync(new() { JavaScriptEnabled = false });
        var page = session.Page;
        await SitePages.OpenAsync(site, page, "item", SiteMode.Disk);
        await Assertions.Expect(page.Locator("header form[role=search]")).ToBeHiddenAsync();

        await page.GotoAsync(site.Url(SiteMode.Disk, "search.html"));
        await Assertions.Expect(page.Locator("#search-q")).ToBeHiddenAsync();
        var way = page.Locator("main a:visible", new() { HasTextString = "关键词索引" });
        await Assertions.Expect(way).ToBeVisibleAsync();
        await Navigation.ClickAndWaitAsync(page, way);
        Assert.Equal($"{SitePages.Meeting}/terms/index.html", site.RelativePath(page.Url));
    }

    [Fact]
    public async Task Arrows_move_through_the_results_and_Enter_opens_the_one_chosen()
    {
        await using var session = await site.OpenAsync();
        var page = await SearchAsync(session, SiteMode.Disk, "教育强国");
        var links = page.Locator(".search-hits a");

        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(links.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(links.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(links.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(links.Nth(1)).ToBeFocusedAsync();
        var chosen = await links.Nth(1).EvaluateAsync<string>("a => a.href");
        // Wait for the navigation the key starts, as it commits: waiting for its load races with file:// loads.
        var opened = page.WaitForURLAsync(chosen, new() { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await opened;
        Assert.Equal($"{SitePages.Meeting}/text.html", site.RelativePath(page.Url));
    }

    [Fact]
    public async Task Axe_finds_no_violation_on_the_search_page_with_results_in_light_or_dark()
    {
        await using var session = await site.OpenAsync();
        var page = await SearchAsync(session, SiteMode.Http, "jyqg");
        await SearchAgainAsync(page, "教育强国");
        var report = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            Assert.True(result.Passes.Length > 0, "axe checked nothing");
            report.AddRange(result.Violations.Select(v => $"{scheme}: {v.Id} ({v.Impact}): {v.Help} at " +
                string.Join(", ", v.Nodes.Take(3).Select(n => n.Target))));
        }

        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    [Fact]
    public async Task The_search_page_with_results_does_not_scroll_sideways_at_375_pixels()
    {
        await using var session = await site.OpenAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await SearchAsync(session, SiteMode.Disk, "教育强国 建设");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{widths[0]}px wide in a {widths[1]}px window");
    }

    [Fact]
    public async Task The_search_page_with_results_matches_its_snapshot()
    {
        await using var session = await site.OpenAsync();
        var page = await SearchAsync(session, SiteMode.Http, "产教融合 科教融汇");
        // The time a query took differs from run to run; the snapshot pins the rest.
        await page.Locator(".search-took").EvaluateAsync("e => e.textContent = e.textContent.replace(/\\d+/, 'N')");

        await AriaSnapshotFile.AssertMatchesAsync(page.Locator("body"), "search-results", site.RepoRoot);
    }

    /// <summary>Opens the search page, types the query and waits until its results are shown.</summary>
    private async Task<IPage> SearchAsync(PageSession session, SiteMode mode, string query)
    {
        var page = session.Page;
        await page.GotoAsync(site.Url(mode, "search.html"));
        await Assertions.Expect(page.Locator("#search-q")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(query);
        await SearchResults.WaitAsync(page, query);
        return page;
    }

    private static async Task SearchAgainAsync(IPage page, string query)
    {
        await page.Locator("#search-q").FillAsync(query);
        await SearchResults.WaitAsync(page, query);
    }

    private static async Task<List<string>> SentenceIdsAsync(ILocator links)
    {
        var hrefs = await links.EvaluateAllAsync<string[]>("as => as.map(a => a.href)");
        return hrefs.Select(h =>
        {
            var uri = new Uri(h);
            Assert.EndsWith($"{SitePages.Meeting}/text.html", uri.AbsolutePath);
            return Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
        }).ToList();
    }
}
