using Meeting.Serve;
using Xunit;

namespace Meeting.Tests.Serve;

/// <summary>
/// The server never hands out a file outside the site, however the path is spelled: `..` plain or
/// percent-encoded, an absolute path, a backslash, a symbolic link that points out of the site.
/// </summary>
public sealed class SiteHostSafetyTests : IAsyncLifetime
{
    private const string Secret = "the secret outside the site";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("meeting-serve-safety-");
    private SiteHost? _host;

    private string Site => Path.Combine(_work.FullName, "site");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Site, "sub"));
        File.WriteAllText(Path.Combine(Site, "index.html"), "<!DOCTYPE html><title>root</title><body>root page</body>");
        File.WriteAllText(Path.Combine(Site, "sub", "a.html"), "<!DOCTYPE html><title>a</title><body>page a</body>");
        File.WriteAllText(Path.Combine(Site, "404.html"), "<!DOCTYPE html><title>404</title><body>not here</body>");
        Directory.CreateDirectory(Path.Combine(_work.FullName, "outside"));
        File.WriteAllText(Path.Combine(_work.FullName, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(_work.FullName, "outside", "secret.txt"), Secret);
        File.CreateSymbolicLink(Path.Combine(Site, "linked.txt"), Path.Combine(_work.FullName, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Site, "linked-folder"), Path.Combine(_work.FullName, "outside"));
        File.CreateSymbolicLink(Path.Combine(Site, "relative-link.txt"), "../secret.txt");
        _host = await SiteHost.StartAsync(Site, "/archive/", "127.0.0.1", 0, live: null);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _work.Delete(recursive: true);
    }

    [Theory]
    [InlineData("/archive/../secret.txt")]
    [InlineData("/archive/%2e%2e/secret.txt")]
    [InlineData("/archive/%2E%2E/secret.txt")]
    [InlineData("/archive/..%2fsecret.txt")]
    [InlineData("/archive/%2e%2e%2fsecret.txt")]
    [InlineData("/archive/sub/..%2f..%2fsecret.txt")]
    [InlineData("/archive/..%5csecret.txt")]
    [InlineData("/archive/%252e%252e/secret.txt")]
    [InlineData("/archive//" + "SECRET_ABSOLUTE")]
    [InlineData("/archive/%2f" + "SECRET_ABSOLUTE")]
    [InlineData("/archive/linked.txt")]
    [InlineData("/archive/relative-link.txt")]
    [InlineData("/archive/linked-folder/secret.txt")]
    [InlineData("/secret.txt")]
    public async Task Nothing_outside_the_site_is_served(string target)
    {
        var absolute = Path.Combine(_work.FullName, "secret.txt").TrimStart('/');
        var (status, body) = await RawHttp.GetAsync(_host!.Address, target.Replace("SECRET_ABSOLUTE", absolute));
        Assert.NotEqual(200, status);
        Assert.DoesNotContain(Secret, body);
    }

    [Theory]
    [InlineData("/archive/", "root page")]
    [InlineData("/archive/index.html", "root page")]
    [InlineData("/archive/sub/a.html", "page a")]
    [InlineData("/archive/sub/../sub/a.html", "page a")]
    public async Task Pages_inside_the_site_are_served(string target, string text)
    {
        var (status, body) = await RawHttp.GetAsync(_host!.Address, target);
        Assert.Equal(200, status);
        Assert.Contains(text, body);
    }

    [Fact]
    public async Task A_missing_page_is_404_with_the_site_own_not_found_page()
    {
        var (status, body) = await RawHttp.GetAsync(_host!.Address, "/archive/nothing.html");
        Assert.Equal(404, status);
        Assert.Contains("not here", body);
    }
}
