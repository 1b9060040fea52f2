using Meeting.Build;
using Xunit;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>
/// The site built for publishing at a host's sub-path: a server is started first, so that its address
/// (http://127.0.0.1:PORT/archive/) can be the build's base URL, as a real host's would be.
/// </summary>
public sealed class PublishedSiteFixture : IAsyncLifetime
{
    private StaticSiteServer? server;

    public string SiteDir { get; } = Path.Combine(Path.GetTempPath(), "meeting-published-" + Guid.NewGuid().ToString("N"));

    public StaticSiteServer Server => server ?? throw new InvalidOperationException("The server is not started.");

    public Task InitializeAsync()
    {
        server = new StaticSiteServer(SiteDir, SiteFixture.SubPath);
        var root = RepositoryRoot.Find();
        SiteBuilder.Build(new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "templates"), SiteDir) { BaseUrl = server.BaseAddress });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
        if (Directory.Exists(SiteDir)) Directory.Delete(SiteDir, recursive: true);
    }
}
