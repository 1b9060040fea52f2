using Meeting.Build;
using Meeting.Serve;
using Microsoft.Playwright;
using Xunit;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>
/// Built once per run and shared by every browser test: the site from the repository's content/
/// and templates/, served under /archive/ by the server of `meeting serve` (without its live reload), and one
/// Chromium.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string SubPath = "/archive/";

    private IPlaywright? playwright;
    private IBrowser? browser;
    private SiteHost? server;

    public string RepoRoot { get; } = RepositoryRoot.Find();
    public string SiteDir { get; } = Path.Combine(Path.GetTempPath(), "meeting-browser-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");
    public SiteHost Server => server ?? throw new InvalidOperationException("The server is not started.");

    /// <summary>Every HTML page of the site, as paths relative to its root with '/' separators, sorted.</summary>
    public IReadOnlyList<string> AllPages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        SiteBuilder.Build(new BuildOptions(Path.Combine(RepoRoot, "content"), Path.Combine(RepoRoot, "templates"), SiteDir));
        AllPages = Directory.EnumerateFiles(SiteDir, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SiteDir, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        server = await SiteHost.StartAsync(SiteDir, SubPath, "127.0.0.1", 0, live: null);
        (playwright, browser) = await BrowserLauncher.LaunchAsync();
    }

    /// <summary>The address of a page of the site, e.g. "2024-01-11/tasks/5.html", in the given mode.</summary>
    public string Url(SiteMode mode, string relativePath, string? fragment = null)
    {
        var escaped = string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));
        var url = mode switch
        {
            SiteMode.Disk => new Uri(Path.Combine(SiteDir, relativePath)).AbsoluteUri,
            SiteMode.Http => new Uri(Server.Address, escaped).AbsoluteUri,
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
        return fragment is null ? url : url + "#" + fragment;
    }

    /// <summary>Where a page lives, back from a URL the browser shows: the path relative to the site root.</summary>
    public string RelativePath(string url)
    {
        var uri = new Uri(url);
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var root = uri.IsFile ? new Uri(SiteDir + "/").AbsolutePath : SubPath;
        root = Uri.UnescapeDataString(root);
        if (!path.StartsWith(root, StringComparison.Ordinal)) throw new InvalidOperationException($"{url} is outside the site.");
        var relative = path[root.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>True for an address inside the site in either mode (used to prove no request leaves it).</summary>
    public bool IsInsideSite(string url) =>
        url.StartsWith(new Uri(SiteDir + "/").AbsoluteUri, StringComparison.Ordinal)
        || url.StartsWith(Server.Address.AbsoluteUri, StringComparison.Ordinal);

    /// <summary>A fresh page in its own context, recording console errors and requests.</summary>
    public async Task<PageSession> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        return new PageSession(context, page);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        if (Directory.Exists(SiteDir)) Directory.Delete(SiteDir, recursive: true);
    }
}
