using System.Text.Json;
using AngleSharp.Html.Parser;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>The keyword index and term pages send a reader to sentences that really hold the term.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class KeywordPagesTests(BuiltSite site)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_locator_of_the_index_lands_on_a_sentence_holding_the_term_or_its_alias()
    {
        var sentences = Sentences();
        var forms = Forms();
        var index = Parser.ParseDocument(site.Read("2024-01-11/terms/index.html"));
        var entries = index.QuerySelectorAll("dl.entries dt").ToList();
        Assert.True(entries.Count >= 60, $"only {entries.Count} terms in the index");
        foreach (var dt in entries)
        {
            var term = dt.QuerySelector("a")!.TextContent;
            var locators = dt.NextElementSibling!.QuerySelectorAll("a").Where(a => a.GetAttribute("href")!.Contains("text.html#")).ToList();
            var count = int.Parse(dt.QuerySelector(".count")!.TextContent.Trim('(', ')'));
            Assert.Equal(count, locators.Count);
            foreach (var locator in locators)
            {
                var id = locator.GetAttribute("href")!.Split('#')[1];
                Assert.True(forms(term).Any(sentences[id].Contains), $"{term}: {id} «{sentences[id]}»");
            }
        }
    }

    [Fact]
    public void Every_line_of_a_term_page_marks_the_term_and_links_to_its_sentence()
    {
        var sentences = Sentences();
        var pages = Directory.EnumerateFiles(Path.Combine(site.Dir, "2024-01-11", "terms"), "*.html").Where(f => !f.EndsWith("index.html"));
        foreach (var page in pages)
        {
            var document = Parser.ParseDocument(File.ReadAllText(page));
            var lines = document.QuerySelectorAll("ul.kwic a").ToList();
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                var id = line.GetAttribute("href")!.Split('#')[1];
                var mark = line.QuerySelector("mark")!.TextContent;
                Assert.Contains(mark, sentences[id]);
                Assert.Contains(line.QuerySelector(".context")!.TextContent.Trim('…'), sentences[id]);
            }
        }
    }

    [Fact]
    public void The_index_is_grouped_by_letter_in_order_with_a_jump_bar_of_all_letters()
    {
        var index = Parser.ParseDocument(site.Read("2024-01-11/terms/index.html"));
        var letters = index.QuerySelectorAll("section.letter h2").Select(h => h.TextContent).ToList();
        Assert.Equal(letters.Order(StringComparer.Ordinal), letters.Where(l => l != "#"));
        Assert.Contains("C", letters);
        Assert.Contains("J", letters);
        Assert.Equal(26, index.QuerySelectorAll("nav.letters li").Count(li => li.TextContent.Length == 1 && char.IsAsciiLetterUpper(li.TextContent[0])));
        var jTerms = index.QuerySelector("#letter-J")!.ParentElement!.QuerySelectorAll("dt a").Select(a => a.TextContent).ToList();
        Assert.Contains("教育强国", jTerms);
        Assert.Contains("产教融合", index.QuerySelector("#letter-C")!.ParentElement!.TextContent);
    }

    [Fact]
    public void Meeting_json_carries_the_model_and_every_term_with_letter_count_and_landing_occurrences()
    {
        using var json = JsonDocument.Parse(site.Read("2024-01-11/meeting.json"));
        var root = json.RootElement;
        Assert.Equal("2024-01-11", root.GetProperty("date").GetString());
        Assert.Equal(6, root.GetProperty("sections").GetArrayLength());
        var sentences = Sentences();
        var index = root.GetProperty("index").EnumerateArray().ToList();
        Assert.Contains(index, t => t.GetProperty("term").GetString() == "教育强国" && t.GetProperty("letter").GetString() == "J");
        foreach (var term in index)
        {
            var occurrences = term.GetProperty("occurrences").EnumerateArray().ToList();
            Assert.Equal(term.GetProperty("count").GetInt32(), occurrences.Count);
            foreach (var o in occurrences)
            {
                Assert.Equal("2024-01-11/text.html", o.GetProperty("page").GetString());
                Assert.Contains(o.GetProperty("form").GetString()!, sentences[o.GetProperty("anchor").GetString()!]);
            }
        }
    }

    // The sentences of the full text page, by id, as a reader sees them.
    private Dictionary<string, string> Sentences() =>
        Parser.ParseDocument(site.Read("2024-01-11/text.html")).QuerySelectorAll(".report .s").ToDictionary(s => s.Id!, s => s.TextContent);

    // The written forms of each term (the term and its aliases), from the data file.
    private Func<string, IEnumerable<string>> Forms()
    {
        using var json = JsonDocument.Parse(site.Read("2024-01-11/meeting.json"));
        var forms = json.RootElement.GetProperty("index").EnumerateArray().ToDictionary(
            t => t.GetProperty("term").GetString()!,
            t => t.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("form").GetString()!).Distinct().ToList());
        return term => forms[term];
    }
}
