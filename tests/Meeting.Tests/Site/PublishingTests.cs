using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AngleSharp.Html.Parser;
using Meeting.Index;
using Meeting.Load;
using Meeting.Plan;
using Meeting.Publish;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>
/// A site built with a base URL, as a search engine, a feed reader and a link preview see it: canonical
/// addresses, Open Graph, JSON-LD, a sitemap valid against the sitemaps.org schema, robots.txt, an Atom feed,
/// and a not-found page whose links work at any depth.
/// </summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class PublishingTests(PublishedSite site)
{
    private static readonly HtmlParser Parser = new();
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Every_page_names_its_own_address_as_canonical_and_in_open_graph()
    {
        foreach (var path in site.Pages.Where(p => p != "404.html"))
        {
            var document = Parser.ParseDocument(site.Read(path));
            var address = PublishedSite.BaseUrl + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
            Assert.Equal(address, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(address, document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            Assert.Equal("zh_CN", document.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")), path);
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
        }
    }

    [Fact]
    public void Json_ld_is_json_with_schema_org_types_an_event_for_the_meeting_and_an_article_per_page()
    {
        foreach (var path in site.Pages.Where(p => p != "404.html"))
        {
            var scripts = Parser.ParseDocument(site.Read(path)).QuerySelectorAll("script[type='application/ld+json']");
            using var json = JsonDocument.Parse(Assert.Single(scripts).TextContent);
            var root = json.RootElement;
            Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
            var nodes = root.TryGetProperty("@graph", out var graph) ? graph.EnumerateArray().ToList() : [root];
            var types = nodes.Select(n => n.GetProperty("@type").GetString()).ToList();
            if (path == "index.html")
            {
                Assert.Equal(["WebSite"], types);
                continue;
            }

            var page = nodes.Single(n => n.GetProperty("@type").GetString() == "Article");
            Assert.Equal(PublishedSite.BaseUrl + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), page.GetProperty("url").GetString());
            Assert.False(string.IsNullOrWhiteSpace(page.GetProperty("headline").GetString()));
            Assert.Equal(path == "2024-01-11/index.html" || path == "2025-01-09/index.html" ? ["Article", "Event"] : ["Article"], types);
        }

        using var home = JsonDocument.Parse(Parser.ParseDocument(site.Read("2024-01-11/index.html")).QuerySelector("script[type='application/ld+json']")!.TextContent);
        var meeting = home.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "Event");
        Assert.Equal("2024-01-11", meeting.GetProperty("startDate").GetString());
        Assert.Equal("Place", meeting.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("北京", meeting.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("怀进鹏", meeting.GetProperty("performer")[0].GetProperty("name").GetString());
        Assert.Equal(("Organization", PublishedSite.Organizer),
            (meeting.GetProperty("organizer").GetProperty("@type").GetString(), meeting.GetProperty("organizer").GetProperty("name").GetString()));
        using var later = JsonDocument.Parse(Parser.ParseDocument(site.Read("2025-01-09/index.html")).QuerySelector("script[type='application/ld+json']")!.TextContent);
        var unnamed = later.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "Event");
        Assert.False(unnamed.TryGetProperty("organizer", out _), "a report that names no organizer gets none");
        Assert.Contains($"主办：{PublishedSite.Organizer}", Parser.ParseDocument(site.Read("2024-01-11/index.html")).QuerySelector("main h1 + p.meta")?.TextContent);
        var article = home.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "Article");
        Assert.Equal(meeting.GetProperty("@id").GetString(), article.GetProperty("about").GetProperty("@id").GetString());
        Assert.Equal(PublishedSite.OriginalUrl, article.GetProperty("isBasedOn").GetString());
        Assert.Equal("2024-01-12", article.GetProperty("datePublished").GetString());
    }

    [Fact]
    public void The_sitemap_is_valid_against_the_sitemaps_org_schema_and_lists_every_page_but_the_404()
    {
        var xsd = Environment.GetEnvironmentVariable("MEETING_SITEMAP_XSD")
            ?? Path.Combine(RepoPaths.Root, ".tools", "node_modules", "sitemap", "schema", "sitemap.xsd");
        Assert.True(File.Exists(xsd), $"sitemap.xsd not found at {xsd}: run `dotnet pwsh -File build.ps1 test`, which installs it");
        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", xsd);
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using (var reader = XmlReader.Create(Path.Combine(site.Dir, "sitemap.xml"), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Load(Path.Combine(site.Dir, "sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        var pages = site.Pages.Where(p => p != "404.html")
            .Select(p => PublishedSite.BaseUrl + string.Join('/', p.Split('/').Select(Uri.EscapeDataString)));
        Assert.Equal(pages.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(PublishedSite.BaseUrl + "index.html", listed[0]);
    }

    [Fact]
    public void A_large_archive_gets_a_sitemap_index_whose_parts_list_every_page_once()
    {
        var plan = SitePlanner.Plan([new SiteMeeting(Report2024.Model, KeywordIndex.Empty)], InterfaceStrings.Load(RepoPaths.Templates));
        var baseUrl = new Uri(PublishedSite.BaseUrl);

        var files = Meeting.Publish.Sitemap.Write(plan, baseUrl, maxUrls: 10);

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[0].Bytes));
        Assert.Equal("sitemap.xml", files[0].Path);
        Assert.Equal(ns + "sitemapindex", index.Root!.Name);
        Assert.Equal(files.Skip(1).Select(f => PublishedSite.BaseUrl + f.Path), index.Descendants(ns + "loc").Select(l => l.Value));
        var listed = files.Skip(1).SelectMany(f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Bytes)).Descendants(ns + "loc")).Select(l => l.Value).ToList();
        Assert.All(files.Skip(1), f => Assert.True(XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Bytes)).Descendants(ns + "url").Count() <= 10));
        Assert.Equal(plan.PagePaths().Count(p => p != "404.html"), listed.Distinct().Count());
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap()
    {
        var robots = site.Read("robots.txt").Split('\n');
        Assert.Contains("User-agent: *", robots);
        Assert.Contains($"Sitemap: {PublishedSite.BaseUrl}sitemap.xml", robots);
    }

    [Fact]
    public void The_feed_reads_as_atom_lists_meetings_newest_first_with_their_summary_as_content()
    {
        using (var reader = XmlReader.Create(Path.Combine(site.Dir, "feed.xml")))
        {
            // Microsoft's Atom 1.0 reader throws on what is not an Atom feed.
            var formatter = new Atom10FeedFormatter();
            Assert.True(formatter.CanRead(reader));
            formatter.ReadFrom(reader);
            Assert.Equal(["2025年全国教育工作会议召开", "2024年全国教育工作会议召开"], formatter.Feed.Items.Select(i => i.Title.Text));
        }

        // RFC 4287's own requirements, checked here: id, title and updated on the feed and each entry, an author,
        // a self link, ids that are absolute addresses, and dates in RFC 3339 form.
        var feed = XDocument.Load(Path.Combine(site.Dir, "feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(PublishedSite.BaseUrl + "feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        foreach (var node in feed.Elements(Atom + "entry").Prepend(feed))
        {
            Assert.True(Uri.IsWellFormedUriString(node.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(node.Element(Atom + "title")!.Value));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$", node.Element(Atom + "updated")!.Value);
        }

        Assert.Equal("2025-01-09T00:00:00+08:00", feed.Element(Atom + "updated")!.Value);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var home = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
            Assert.StartsWith(PublishedSite.BaseUrl, home);
            var page = Parser.ParseDocument(site.Read(Uri.UnescapeDataString(home[PublishedSite.BaseUrl.Length..])));
            Assert.Equal(page.QuerySelector("main .summary p.text")!.TextContent, entry.Element(Atom + "content")!.Value);
            Assert.Equal("text", entry.Element(Atom + "content")!.Attribute("type")!.Value);
        }
    }

    [Fact]
    public void Every_page_links_only_to_files_that_exist_and_the_not_found_page_does_so_from_any_depth()
    {
        Assert.Empty(SiteOracle.Problems(site.Dir, PublishedSite.BaseUrl));
        var notFound = Parser.ParseDocument(site.Read("404.html"));
        var hrefs = notFound.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith(PublishedSite.BaseUrl, h));
        Assert.Empty(notFound.QuerySelectorAll("link[rel=canonical], script[type='application/ld+json']"));
        // The search script and box work from any depth too.
        var search = notFound.QuerySelectorAll("script[src], form[action]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("action")!).ToList();
        Assert.NotEmpty(search);
        Assert.All(search, h => Assert.StartsWith(PublishedSite.BaseUrl, h));
    }

    [Fact]
    public void The_home_names_the_source_with_a_link_to_the_original_and_every_page_cites_itself_with_its_address()
    {
        var home = Parser.ParseDocument(site.Read("2024-01-11/index.html"));
        var source = home.QuerySelector("main .publication")!;
        Assert.Contains(PublishedSite.Publisher, source.TextContent);
        Assert.Equal("2024-01-12", source.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(PublishedSite.OriginalUrl, source.QuerySelector("a")!.GetAttribute("href"));

        var item = Parser.ParseDocument(site.Read("2024-01-11/tasks/5.html"));
        Assert.Equal(
            $"{PublishedSite.Publisher}. 2024年全国教育工作会议召开: 七项重点任务: 第五项任务：不断开辟教育数字化新赛道[EB/OL]. (2024-01-12)[引用日期]. {PublishedSite.BaseUrl}2024-01-11/tasks/5.html.",
            item.QuerySelector("footer .citation")!.TextContent);
        foreach (var path in site.Pages.Where(p => p != "404.html"))
        {
            var citation = Parser.ParseDocument(site.Read(path)).QuerySelector("footer .citation")!.TextContent;
            Assert.EndsWith(" " + PublishedSite.BaseUrl + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + ".", citation);
        }
    }

    [Fact]
    public void The_csl_json_is_one_web_page_item_with_publisher_address_and_dates_and_the_home_links_to_it()
    {
        var home = Parser.ParseDocument(site.Read("2024-01-11/index.html"));
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "meeting.csl.json");

        using var json = JsonDocument.Parse(site.Read("2024-01-11/meeting.csl.json"));
        var item = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("2024-01-11", item.GetProperty("id").GetString());
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.Equal("2024年全国教育工作会议召开", item.GetProperty("title").GetString());
        Assert.Equal(PublishedSite.Publisher, item.GetProperty("container-title").GetString());
        Assert.Equal(PublishedSite.OriginalUrl, item.GetProperty("URL").GetString());
        Assert.Equal("[[2024,1,12]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal("[[2024,1,11]]", item.GetProperty("event-date").GetProperty("date-parts").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal("北京", item.GetProperty("event-place").GetString());
        // Without its own address, the 2025 report's item names the archive's page for it.
        using var later = JsonDocument.Parse(site.Read("2025-01-09/meeting.csl.json"));
        Assert.Equal(PublishedSite.BaseUrl + "2025-01-09/index.html", later.RootElement[0].GetProperty("URL").GetString());
    }

    /// <summary>
    /// What a reference manager imports is what the CSL schema allows: every meeting's item validates against the
    /// schema of CSL input data (vendored, see Fixtures/schemas), with and without a publisher and address of its own.
    /// </summary>
    [Fact]
    public void Every_csl_json_file_is_valid_csl_input_data()
    {
        var schema = Json.Schema.JsonSchema.FromFile(Path.Combine(RepositoryFiles.Fixture("schemas"), "csl-data.json"));
        var files = site.Pages.Select(p => p.Split('/')[0]).Distinct().Select(d => $"{d}/meeting.csl.json").Where(f => File.Exists(Path.Combine(site.Dir, f))).ToList();
        Assert.Equal(2, files.Count);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(site.Read(file));
            var result = schema.Evaluate(json.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
            Assert.True(result.IsValid, $"{file}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}"))));
        }
    }
}
