using AngleSharp.Html.Parser;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>
/// The archive-wide keyword index, which grows with every meeting, keeps the same A–Z jump bar as a meeting's
/// index: every letter shown, exactly the letters with terms linked, each to its group, and a way back to the top.
/// </summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class ArchiveKeywordIndexTests(PublishedSite site)
{
    [Fact]
    public void The_archive_index_has_a_jump_bar_linking_exactly_the_letters_that_have_terms()
    {
        var index = new HtmlParser().ParseDocument(site.Read("terms/index.html"));
        var bar = index.QuerySelector("main nav.letters");
        Assert.NotNull(bar);

        var shown = bar.QuerySelectorAll("li").Select(li => li.TextContent).Where(t => t.Length == 1 && char.IsAsciiLetterUpper(t[0]));
        Assert.Equal(Enumerable.Range('A', 26).Select(c => ((char)c).ToString()), shown);
        var groups = index.QuerySelectorAll("section.letter h2").Select(h => (h.TextContent, h.Id)).ToList();
        Assert.True(groups.Count >= 3, "the two meetings' terms fall under several letters");
        var linked = bar.QuerySelectorAll("a").Where(a => a.TextContent.Length == 1).Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(groups.Select(g => (g.TextContent, (string?)$"#{g.Id}")), linked);
        Assert.Equal("#main", bar.QuerySelector("li.top a")?.GetAttribute("href"));
    }
}
