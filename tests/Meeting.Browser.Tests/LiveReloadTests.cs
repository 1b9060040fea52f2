using Meeting.Browser.Tests.Infrastructure;
using Meeting.Build;
using Meeting.Serve;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests;

/// <summary>
/// `meeting serve` as an editor uses it: a page open in Chromium changes by itself when a report is saved; a
/// broken template shows its error over the page while the last good page stays; the fix clears it. The page's
/// own Content-Security-Policy stays in force and the reload script runs under it without a console error.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(SiteFixture site) : IAsyncLifetime
{
    private const string Item = "2024-01-11/tasks/5.html";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("meeting-live-");
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private PreviewServer? _server;

    private string Content => Path.Combine(_work.FullName, "content");

    private string Templates => Path.Combine(_work.FullName, "templates");

    public async Task InitializeAsync()
    {
        Copy(Path.Combine(site.RepoRoot, "content"), Content);
        Copy(Path.Combine(site.RepoRoot, "templates"), Templates);
        var build = new BuildOptions(Content, Templates, Path.Combine(_work.FullName, "site"));
        _server = await PreviewServer.StartAsync(new ServeOptions(build, "127.0.0.1", 0, "/archive/"), TextWriter.Synchronized(_stdout), TextWriter.Synchronized(_stderr));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task A_saved_report_reaches_the_open_page_and_a_broken_template_shows_over_the_last_good_one()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        var missing = new List<string>();
        page.Response += (_, r) => { if (r.Status >= 400) lock (missing) missing.Add($"{r.Status} {r.Url}"); };
        await page.GotoAsync(new Uri(_server!.Address, Item).AbsoluteUri);
        var text = page.Locator("main");
        await Assertions.Expect(text).ToContainTextAsync("不断开辟教育数字化新赛道");

        var report = Directory.EnumerateFiles(Content, "*.txt").Single(f => !Path.GetFileName(f).StartsWith('_'));
        File.WriteAllText(report, File.ReadAllText(report).Replace("不断开辟教育数字化新赛道", "不断开辟教育数字化新航道", StringComparison.Ordinal));
        await Assertions.Expect(text).ToContainTextAsync("不断开辟教育数字化新航道", new() { Timeout = 15_000 });

        var template = Path.Combine(Templates, "item.liquid");
        var good = File.ReadAllText(template);
        File.WriteAllText(template, good + "\n{% if %}\n");
        var overlay = page.Locator("#meeting-serve-problem");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("item.liquid");
        await Assertions.Expect(text).ToContainTextAsync("不断开辟教育数字化新航道");
        Assert.Contains("item.liquid", _stderr.ToString());

        File.WriteAllText(template, good);
        await Assertions.Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Assertions.Expect(text).ToContainTextAsync("不断开辟教育数字化新航道");

        Assert.True(session.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", session.ConsoleErrors) + "\n" + string.Join("\n", missing) + "\n" + string.Join("\n", session.Requests));
        Assert.DoesNotContain("__meeting", File.ReadAllText(Path.Combine(_work.FullName, "site", Item)));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
