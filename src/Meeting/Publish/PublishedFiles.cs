using System.Text;
using Meeting.Load;
using Meeting.Plan;
using Meeting.Write;

namespace Meeting.Publish;

/// <summary>
/// The files of the whole site beside the pages, when the base URL is known: sitemap.xml, robots.txt and
/// feed.xml, whose addresses must be absolute. Returns the site paths written. (Each meeting's CSL-JSON is
/// written with its pages.)
/// </summary>
public static class PublishedFiles
{
    public static IReadOnlyList<string> Write(SitePlan plan, InterfaceStrings strings, StagedSite site)
    {
        var written = new List<(string Path, byte[] Bytes)>();
        if (plan.BaseUrl is { } baseUrl)
        {
            written.AddRange(Sitemap.Write(plan, baseUrl));
            written.Add((RobotsTxt.Path, Encoding.UTF8.GetBytes(RobotsTxt.Write(baseUrl))));
            if (AtomFeed.Write(plan, baseUrl, strings) is { } feed)
            {
                written.Add((AtomFeed.Path, feed));
            }
        }

        foreach (var (path, bytes) in written)
        {
            site.Write(path, bytes);
        }

        return written.Select(w => w.Path).ToList();
    }
}
