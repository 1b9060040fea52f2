using System.Text.RegularExpressions;
using Meeting.Browser.Tests.Infrastructure;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>Pages declare a Content-Security-Policy, load cleanly, and ask nothing of any other site.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ContentSecurityTests(SiteFixture site)
{
    [Fact]
    public void Every_page_declares_a_content_security_policy_that_allows_nothing_from_elsewhere()
    {
        var missing = site.AllPages
            .Where(p => !CspMeta().IsMatch(File.ReadAllText(Path.Combine(site.SiteDir, p))))
            .ToList();
        Assert.True(missing.Count == 0, "Pages without the CSP meta (default-src 'none'):\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(SitePages.KindsInBothModes), MemberType = typeof(SitePages))]
    public async Task Page_loads_with_no_console_error_and_no_request_outside_the_site(string kind, SiteMode mode)
    {
        await using var session = await site.OpenAsync();
        var status = await SitePages.OpenAsync(site, session.Page, kind, mode);
        await session.Page.WaitForLoadStateAsync();

        Assert.Equal(kind == "notfound" && mode == SiteMode.Http ? 404 : 200, status);
        // The stylesheet applied: a CSP or path mistake would leave the page unstyled without any error.
        Assert.Equal("normal", await session.Page.Locator("a.skip").EvaluateAsync<string>("e => getComputedStyle(e).position === 'absolute' ? 'normal' : 'unstyled'"));
        // A missing page's own 404 is expected; anything else in the console is a fault.
        var errors = session.ConsoleErrors.Where(e => !(status == 404 && e.Contains("404"))).ToList();
        Assert.True(errors.Count == 0, "Console errors:\n" + string.Join("\n", errors));
        var outside = session.Requests.Where(u => !site.IsInsideSite(u)).ToList();
        Assert.True(outside.Count == 0, "Requests outside the site:\n" + string.Join("\n", outside));
    }

    [GeneratedRegex("""<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">""")]
    private static partial Regex CspMeta();
}
