using Meeting.Browser.Tests.Infrastructure;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>
/// The structure a screen reader meets on each kind of page, the whole page (header, main, footer), pinned in
/// Snapshots/*.aria.yml and matched exactly: a link or paragraph a template adds fails, and the diff shows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AriaSnapshotTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(SitePages.KindsInBothModes), MemberType = typeof(SitePages))]
    public async Task Page_structure_matches_its_snapshot(string kind, SiteMode mode)
    {
        await using var session = await site.OpenAsync();
        await SitePages.OpenAsync(site, session.Page, kind, mode);
        await AriaSnapshotFile.AssertMatchesAsync(session.Page.Locator("body"), kind, site.RepoRoot);
    }

    [Theory]
    [InlineData("main", "<p>a paragraph no template should write</p>")]
    [InlineData("footer .colophon", "<a href=\"#main\">a link no template should write</a>")]
    [InlineData("nav.crumbs li:last-child", "<span>deep inside a list item</span>")]
    public async Task A_snapshot_fails_when_anything_is_added_anywhere(string where, string planted)
    {
        if (AriaSnapshotFile.Updating) return;
        await using var session = await site.OpenAsync();
        await SitePages.OpenAsync(site, session.Page, "item", SiteMode.Disk);
        await AriaSnapshotFile.AssertMatchesAsync(session.Page.Locator("body"), "item", site.RepoRoot);

        await session.Page.Locator(where).EvaluateAsync("(e, html) => e.insertAdjacentHTML('beforeend', html)", planted);

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(
            () => AriaSnapshotFile.AssertMatchesAsync(session.Page.Locator("body"), "item", site.RepoRoot));
        Assert.Contains("no longer matches Snapshots/item.aria.yml", failure.Message);
    }
}
