using Meeting.Build;
using Meeting.Serve;
using Xunit;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>
/// The site built for publishing at a host's sub-path: a server is started first, so that its address
/// (http://127.0.0.1:PORT/archive/) can be the build's base URL, as a real host's would be.
/// </summary>
public sealed class PublishedSiteFixture : IAsyncLifetime
{
    private SiteHost? server;

    public string SiteDir { get; } = Path.Combine(Path.GetTempPath(), "meeting-published-" + Guid.NewGuid().ToString("N"));

    public SiteHost Server => server ?? throw new InvalidOperationException("The server is not started.");

    public async Task InitializeAsync()
    {
        server = await SiteHost.StartAsync(SiteDir, SiteFixture.SubPath, "127.0.0.1", 0, live: null);
        var root = RepositoryRoot.Find();
        SiteBuilder.Build(new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "templates"), SiteDir) { BaseUrl = server.Address });
    }

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
        if (Directory.Exists(SiteDir)) Directory.Delete(SiteDir, recursive: true);
    }
}
