using System.Text.Json;
using Meeting.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>
/// What a reader sees of the type and layout: one font for Chinese, digits and punctuation; a letter bar that
/// stays in reach; a footer as wide as the text; dates that never break; a permalink that shows when wanted
/// and never lands in copied text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingTests(SiteFixture site)
{
    [Theory]
    [InlineData("fulltext", ".report .s, main h1, main .meta time")]
    [InlineData("item", "main .s, main h1, main .meta time, footer .citation")]
    public async Task Chinese_digits_and_punctuation_come_from_one_font(string kind, string selector)
    {
        await using var session = await site.OpenAsync();
        await SitePages.OpenAsync(site, session.Page, kind, SiteMode.Disk);

        // Chromium says which installed fonts drew each element's text (the DevTools protocol's CSS domain).
        var cdp = await session.Page.Context.NewCDPSessionAsync(session.Page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = (await cdp.SendAsync("DOM.getDocument"))!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var nodes = (await cdp.SendAsync("DOM.querySelectorAll", new() { ["nodeId"] = document, ["selector"] = selector }))!.Value
            .GetProperty("nodeIds").EnumerateArray().Select(n => n.GetInt32()).ToList();
        Assert.True(nodes.Count >= 4, $"only {nodes.Count} elements match {selector}");

        var families = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var fonts = (await cdp.SendAsync("CSS.getPlatformFontsForNode", new() { ["nodeId"] = node }))!.Value.GetProperty("fonts");
            foreach (var font in fonts.EnumerateArray())
            {
                families.Add(font.GetProperty("familyName").GetString()!);
            }
        }

        // The text has digits (1月11日，2024年) and punctuation (“两个确立”) among the Chinese.
        Assert.True(families.Count == 1, $"The {kind} page draws its text in {families.Count} fonts: {string.Join(", ", families)}");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task The_keyword_index_keeps_its_letter_bar_in_reach_and_a_way_back_to_the_top(int width)
    {
        await using var session = await site.OpenAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        var page = session.Page;
        await SitePages.OpenAsync(site, page, "keywords", SiteMode.Disk);
        var bar = page.Locator("nav.letters");

        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        var atBottom = (await bar.BoundingBoxAsync())!;
        Assert.InRange(atBottom.Y, -1, 1);

        await bar.GetByRole(AriaRole.Link, new() { Name = "J", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash === '#letter-J'");
        var barBox = (await bar.BoundingBoxAsync())!;
        var heading = (await page.Locator("#letter-J").BoundingBoxAsync())!;
        Assert.True(heading.Y >= barBox.Y + barBox.Height - 1, $"the heading J (y={heading.Y}) is under the letter bar (bottom {barBox.Y + barBox.Height})");
        Assert.True(heading.Y < 800 / 2, $"the heading J is at y={heading.Y}, not near the top");

        await bar.GetByRole(AriaRole.Link, new() { Name = "回到顶部" }).ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash === '#main'");
        await Assertions.Expect(page.Locator("main h1")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task The_footer_is_as_wide_as_the_main_column_and_aligned_with_it()
    {
        await using var session = await site.OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await SitePages.OpenAsync(site, session.Page, "item", SiteMode.Disk);

        var main = (await session.Page.Locator("main").BoundingBoxAsync())!;
        var footer = (await session.Page.Locator("footer.site").BoundingBoxAsync())!;
        Assert.Equal(main.X, footer.X, 0.5);
        Assert.Equal(main.Width, footer.Width, 0.5);
    }

    [Fact]
    public async Task No_date_breaks_across_lines_on_a_phone()
    {
        await using var session = await site.OpenAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        foreach (var kind in new[] { "archive", "home", "item", "fulltext" })
        {
            await SitePages.OpenAsync(site, session.Page, kind, SiteMode.Disk);
            var lines = await session.Page.Locator("time").EvaluateAllAsync<int[]>("ts => ts.map(t => t.getClientRects().length)");
            Assert.NotEmpty(lines);
            Assert.All(lines, n => Assert.Equal(1, n));
        }
    }

    [Fact]
    public async Task A_sentence_s_permalink_shows_on_hover_and_focus_and_stays_out_of_copied_text()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(site.Url(SiteMode.Disk, SitePages.PathOf("fulltext")));
        var sentence = page.Locator("#s4-10");
        var permalink = sentence.Locator("a.permalink");
        Task<string> Opacity() => permalink.EvaluateAsync<string>("a => getComputedStyle(a, '::after').opacity");

        Assert.Equal("0", await Opacity());
        await sentence.HoverAsync();
        Assert.Equal("1", await Opacity());
        await page.Mouse.MoveAsync(0, 0);
        Assert.Equal("0", await Opacity());
        await permalink.FocusAsync();
        Assert.Equal("1", await Opacity());
        Assert.Equal("¶", await permalink.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content.split('/')[0].trim().replaceAll('\"', '')"));

        // Selecting the whole paragraph of the tasks copies the report's words alone: no ¶, no item numerals.
        var copied = await page.Locator("#p4 p.text").EvaluateAsync<string>(
            "p => { const r = document.createRange(); r.selectNodeContents(p); const s = getSelection(); s.removeAllRanges(); s.addRange(r); return s.toString(); }");
        var sentences = await page.Locator("#p4 .s").EvaluateAllAsync<string[]>("ss => ss.map(s => s.textContent)");
        Assert.Equal(string.Concat(sentences), copied);
        Assert.DoesNotContain("¶", copied);
    }
}
