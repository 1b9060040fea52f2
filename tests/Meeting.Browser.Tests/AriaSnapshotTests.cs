using Meeting.Browser.Tests.Infrastructure;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>The structure a screen reader meets on each kind of page, pinned in Snapshots/*.aria.yml.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AriaSnapshotTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(SitePages.KindsInBothModes), MemberType = typeof(SitePages))]
    public async Task Page_structure_matches_its_snapshot(string kind, SiteMode mode)
    {
        await using var session = await site.OpenAsync();
        await SitePages.OpenAsync(site, session.Page, kind, mode);

        // The full text and the keyword index are long: their snapshots hold main only; the
        // layout around it (header, breadcrumbs, pager) is pinned by every other page's snapshot.
        var root = kind is "fulltext" or "keywords" ? "main" : "body";
        await AriaSnapshotFile.AssertMatchesAsync(session.Page.Locator(root), kind, site.RepoRoot);
    }
}
