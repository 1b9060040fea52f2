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
    public void Every_locator_of_the_index_lands_on_a_sentence_holding_the_term_and_their_counts_add_up()
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
            // A locator stands for every occurrence at its place: its own count follows it when there are several.
            var counted = locators.Sum(a => a.NextElementSibling is { ClassName: "count" } c ? int.Parse(c.TextContent.Trim('(', ')')) : 1);
            Assert.Equal(int.Parse(dt.QuerySelector(".count")!.TextContent.Trim('(', ')')), counted);
            foreach (var locator in locators)
            {
                var id = locator.GetAttribute("href")!.Split('#')[1];
                Assert.True(forms(term).Any(sentences[id].Contains), $"{term}: {id} «{sentences[id]}»");
            }
        }
    }

    [Fact]
    public void The_index_names_each_place_once_as_a_back_of_book_index_does()
    {
        var index = Parser.ParseDocument(site.Read("2024-01-11/terms/index.html"));
        string Entry(string term) => index.QuerySelectorAll("dl.entries dt")
            .Single(dt => dt.QuerySelector("a")!.TextContent == term).NextElementSibling!.TextContent.Trim();

        // Nine occurrences, five of them in the part's own sentences: one locator for the part, one per item.
        Assert.Equal("四项要求 (5) › 一、二、三、四", Entry("抓落实"));
        Assert.Equal("会议概况 · 参会人员 (3)", Entry("教育部"));
        Assert.StartsWith("七项重点任务 › 二、四 · 四项要求 › 二", Entry("产教融合"));

        foreach (var dd in index.QuerySelectorAll("dl.entries dd"))
        {
            var hrefs = dd.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Where(h => h.Contains('#')).ToList();
            Assert.Equal(hrefs.Distinct().Count(), hrefs.Count);
        }
    }

    [Fact]
    public void A_term_page_names_each_place_once_above_its_lines()
    {
        var page = Parser.ParseDocument(site.Read("2024-01-11/terms/抓落实.html"));
        var part = page.QuerySelectorAll("section.occurrences").Single();
        Assert.Equal("四项要求", part.QuerySelector("h2")!.TextContent);
        Assert.Equal(
            ["导语", "第一项要求：从政治上提升抓落实的能力", "第二项要求：从战略上把握抓落实的路径", "第三项要求：在方法上以试点推动抓落实", "第四项要求：在作风上强化抓落实的保障", "结语"],
            part.QuerySelectorAll("dl.places > dt").Select(dt => dt.TextContent));
        Assert.Equal([4, 1, 1, 1, 1, 1], part.QuerySelectorAll("dl.places > dd").Select(dd => dd.QuerySelectorAll(".kwic li").Length));
    }

    [Fact]
    public void The_attendees_page_names_each_group_once_without_a_link_per_group_to_one_sentence()
    {
        var page = Parser.ParseDocument(site.Read("2024-01-11/attendees/index.html"));
        Assert.Empty(page.QuerySelectorAll("ul.attendees a"));
        var links = page.QuerySelectorAll("main a[href*='#']").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal(links.Distinct().Count(), links.Count);
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
