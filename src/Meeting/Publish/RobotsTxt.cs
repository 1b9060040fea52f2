namespace Meeting.Publish;

/// <summary>
/// robots.txt: every page may be crawled, and the sitemap is where the pages are listed. Crawlers read it only
/// at a host's root; for a site under a sub-path the host's own robots.txt needs the Sitemap line (README).
/// </summary>
public static class RobotsTxt
{
    public const string Path = "robots.txt";

    public static string Write(Uri baseUrl) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {BaseUrl.Of(baseUrl, Sitemap.Path)}\n";
}
