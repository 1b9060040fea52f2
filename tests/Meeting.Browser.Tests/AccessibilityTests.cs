using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Meeting.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>axe finds no WCAG 2.1 A or AA violation on any kind of page, in the light or the dark scheme.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static IEnumerable<object[]> Kinds() => SitePages.Kinds.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Axe_finds_no_violation_in_light_or_dark(string kind)
    {
        await using var session = await site.OpenAsync(new() { ColorScheme = ColorScheme.Light });
        await SitePages.OpenAsync(site, session.Page, kind, SiteMode.Http);
        var report = new List<string>();

        // One page, both schemes: switching the emulated scheme restyles it without a reload.
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await session.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
            var result = await session.Page.RunAxe(Wcag21AA);
            Assert.True(result.Passes.Length > 0, "axe checked nothing: is it running at all?");
            if (result.Violations.Length > 0) report.Add($"{scheme}:\n{Describe(result.Violations)}");
        }

        Assert.True(report.Count == 0, $"axe on the {kind} page:\n" + string.Join("\n", report));
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join("\n", violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n =>
            $"    {n.Target}: " + string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))))
        + (v.Nodes.Length > 5 ? $"\n    … and {v.Nodes.Length - 5} more" : "")));
}
