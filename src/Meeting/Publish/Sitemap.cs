using Meeting.Plan;

namespace Meeting.Publish;

/// <summary>
/// sitemap.xml (the sitemaps.org protocol, 0.9): the address of every page a reader can reach, in reading order.
/// The protocol allows 50,000 addresses a file; a larger archive gets sitemap-1.xml, sitemap-2.xml … and
/// sitemap.xml becomes their index. No lastmod: the build knows no date a page changed, and never writes the
/// day it ran.
/// </summary>
public static class Sitemap
{
    public const string Path = "sitemap.xml";
    public const int MaxUrls = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IReadOnlyList<(string Path, byte[] Bytes)> Write(SitePlan plan, Uri baseUrl, int maxUrls = MaxUrls)
    {
        var addresses = plan.PagePaths().Where(p => p != SitePaths.NotFound).Select(p => BaseUrl.Of(baseUrl, p)).ToList();
        if (addresses.Count <= maxUrls)
        {
            return [(Path, UrlSet(addresses))];
        }

        var parts = addresses.Chunk(maxUrls).Select((chunk, i) => ($"sitemap-{i + 1}.xml", UrlSet(chunk))).ToList();
        var index = XmlText.Write(xml =>
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            foreach (var (part, _) in parts)
            {
                xml.WriteStartElement("sitemap", Namespace);
                xml.WriteElementString("loc", Namespace, BaseUrl.Of(baseUrl, part));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
        return [(Path, index), .. parts];
    }

    private static byte[] UrlSet(IEnumerable<string> addresses) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var address in addresses)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, address);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}
