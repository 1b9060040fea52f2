using Meeting.Plan;
using Meeting.Publish;

namespace Meeting.Render.Models;

/// <summary>
/// What a published page tells search engines and link previews: its canonical address, a description, Open
/// Graph and JSON-LD. All of it needs absolute addresses, so without a base URL there is none of it.
/// </summary>
internal static class HeadModel
{
    private const int DescriptionLength = 120;

    public static Dictionary<string, object?>? Build(PageView view, string documentTitle)
    {
        if (view.Plan.BaseUrl is not { } baseUrl || view.Address is not { } address || view.Page.Kind == PageKind.NotFound)
        {
            return null;
        }

        var page = view.Page;
        var m = page.Meeting?.Report;
        var siteName = view.Strings["site_name"];
        var site = (siteName, BaseUrl.Of(baseUrl, SitePaths.Archive));
        var description = Shorten(Description(view));
        var jsonLd = page.Kind == PageKind.Archive
            ? LinkedData.WebSite(siteName, view.Strings["archive_intro"], address)
            : LinkedData.Article(page.Title, address, site, m, m is null ? null : BaseUrl.Of(baseUrl, SitePaths.Home(m)), page.Kind == PageKind.Home);
        return new Dictionary<string, object?>
        {
            ["canonical"] = address,
            ["description"] = description,
            ["og_type"] = page.Kind == PageKind.Archive ? "website" : "article",
            ["og_title"] = documentTitle,
            ["site_name"] = siteName,
            ["json_ld"] = jsonLd,
            ["feed"] = AtomFeed.HasEntries(view.Plan) ? view.Href(AtomFeed.Path) : null,
        };
    }

    // The page's own text where it has one (an item, a part), else the meeting's summary, else the archive's intro.
    private static string Description(PageView view)
    {
        var page = view.Page;
        if (page.Item is { } item)
        {
            return item.Text;
        }

        if (page.Kind == PageKind.Part && page.Section is { } section)
        {
            return string.Concat(section.Sentences.Select(s => s.Text));
        }

        return page.Meeting is { } meeting ? AtomFeed.Summary(meeting.Report) : view.Strings["archive_intro"];
    }

    private static string Shorten(string text) =>
        text.Length <= DescriptionLength ? text : text[..(DescriptionLength - 1)] + "…";
}
