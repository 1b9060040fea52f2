using Xunit;
using AngleSharp.Html.Parser;

namespace Meeting.Tests.Site;

/// <summary>The site of the 2024 report has every page a reader expects, and every link lands.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SitePagesTests(BuiltSite site)
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("404.html")]
    [InlineData("assets/style.css")]
    [InlineData("2024-01-11/index.html")]
    [InlineData("2024-01-11/text.html")]
    [InlineData("2024-01-11/meeting.json")]
    [InlineData("2024-01-11/terms/index.html")]
    [InlineData("2024-01-11/opening/index.html")]
    [InlineData("2024-01-11/review/index.html")]
    [InlineData("2024-01-11/attributes/index.html")]
    [InlineData("2024-01-11/attributes/3.html")]
    [InlineData("2024-01-11/tasks/index.html")]
    [InlineData("2024-01-11/tasks/1.html")]
    [InlineData("2024-01-11/tasks/7.html")]
    [InlineData("2024-01-11/requirements/index.html")]
    [InlineData("2024-01-11/requirements/4.html")]
    [InlineData("2024-01-11/attendees/index.html")]
    public void The_page_exists(string path) => Assert.True(File.Exists(Path.Combine(site.Dir, path)), path);

    [Fact]
    public void With_one_meeting_its_own_keyword_index_is_the_only_one()
    {
        Assert.False(Directory.Exists(Path.Combine(site.Dir, "terms")));
        Assert.DoesNotContain("关键词总索引", site.Read("index.html"));
    }

    [Fact]
    public void There_are_no_more_task_pages_than_tasks() =>
        Assert.False(File.Exists(Path.Combine(site.Dir, "2024-01-11/tasks/8.html")));

    [Fact]
    public void Every_link_and_anchor_resolves_and_every_page_is_reached() =>
        Assert.Empty(SiteOracle.Problems(site.Dir));

    [Fact]
    public void The_oracle_finds_a_planted_dead_link_missing_anchor_duplicate_id_and_lost_page()
    {
        var copy = Path.Combine(RepoPaths.NewTempDir(), "site");
        foreach (var file in Directory.EnumerateFiles(site.Dir, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(site.Dir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var item = Path.Combine(copy, "2024-01-11", "tasks", "5.html");
        File.WriteAllText(item, File.ReadAllText(item).Replace("</main>",
            "<a href=\"6-missing.html\">x</a><a href=\"../text.html#s99-1\">y</a><span id=\"s4-10\"></span></main>"));
        File.Copy(Path.Combine(copy, "404.html"), Path.Combine(copy, "orphan.html"));

        var problems = SiteOracle.Problems(copy);

        Assert.Contains(problems, p => p.Contains("6-missing.html leads to no file"));
        Assert.Contains(problems, p => p.Contains("#s99-1 names no element"));
        Assert.Contains(problems, p => p.Contains("id s4-10 used 2 times"));
        Assert.Contains(problems, p => p.Contains("orphan.html: no link reaches it"));
    }

    [Fact]
    public void Every_internal_link_names_a_file_and_is_relative()
    {
        var parser = new HtmlParser();
        foreach (var page in SiteTree.Pages(site.Dir))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var href in document.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                Assert.False(href.StartsWith('/'), $"{page}: {href} is absolute");
                Assert.False(href.Split('#')[0].EndsWith('/'), $"{page}: {href} names a folder");
                Assert.DoesNotContain("://", href);
            }
        }
    }

    [Fact]
    public void Every_page_has_one_h1_its_language_and_a_title_naming_the_meeting()
    {
        var parser = new HtmlParser();
        foreach (var page in SiteTree.Pages(site.Dir))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
            if (page.Contains("2024-01-11"))
            {
                Assert.Contains("2024年全国教育工作会议", document.Title);
            }
        }
    }

    [Fact]
    public void The_home_lists_every_part_and_every_item_by_its_heading()
    {
        var home = site.Read("2024-01-11/index.html");
        foreach (var heading in new[] { "七项重点任务", "四项要求", "三个属性", "不断开辟教育数字化新赛道", "在作风上强化抓落实的保障", "牢牢把握教育的民生属性" })
        {
            Assert.Contains(heading, home);
        }

        var meta = new HtmlParser().ParseDocument(home).QuerySelector("main .meta")!;
        Assert.StartsWith("2024-01-11 · 北京 · 视频会议", meta.TextContent);
        Assert.Equal("2024-01-11", meta.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("怀进鹏", meta.TextContent);
    }

    [Fact]
    public void The_fifth_task_page_is_titled_by_its_ordinal_and_heading()
    {
        var document = new HtmlParser().ParseDocument(site.Read("2024-01-11/tasks/5.html"));
        Assert.Equal("第五项任务：不断开辟教育数字化新赛道", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("五要不断开辟教育数字化新赛道。坚持应用为王走集成化道路，以智能化赋能教育治理，拓展国际化新空间，引领教育变革创新。",
            document.QuerySelector("main p.text")!.TextContent);
    }

    [Fact]
    public void The_full_text_gives_every_sentence_an_id_and_reads_as_the_report()
    {
        var document = new HtmlParser().ParseDocument(site.Read("2024-01-11/text.html"));
        var sentences = document.QuerySelectorAll(".report .s").ToList();
        Assert.All(sentences, s => Assert.Matches(@"^s\d+-\d+$", s.Id));
        var report = File.ReadAllText(Path.Combine(RepoPaths.Content, "report-2024-national-education-work-conference.txt"));
        var withoutLayout = string.Concat(report.Split('\n').Skip(1)).Replace("\u3000", "").Replace(" ", "");
        Assert.Equal(withoutLayout, string.Concat(sentences.Select(s => s.TextContent)));
    }

    [Fact]
    public void The_full_text_has_a_table_of_contents_and_each_part_s_heading_above_its_first_paragraph()
    {
        using var json = System.Text.Json.JsonDocument.Parse(site.Read("2024-01-11/meeting.json"));
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().ToList();
        var document = new HtmlParser().ParseDocument(site.Read("2024-01-11/text.html"));

        // The contents: every part, and under it every item, each a link to its place on this page.
        var parts = document.QuerySelectorAll("main nav.toc > ol > li").ToList();
        Assert.Equal(sections.Select(s => s.GetProperty("title").GetString()), parts.Select(li => li.QuerySelector("a")!.TextContent));
        foreach (var (part, section) in parts.Zip(sections))
        {
            Assert.Equal(section.GetProperty("items").GetArrayLength(), part.QuerySelectorAll("ol.items > li").Length);
        }

        foreach (var href in document.QuerySelectorAll("main nav.toc a").Select(a => a.GetAttribute("href")!))
        {
            Assert.StartsWith("#", href);
            Assert.NotNull(document.GetElementById(href[1..]));
        }

        // Each part's heading stands right above the first paragraph of the part.
        var headings = document.QuerySelectorAll(".report > h2").ToList();
        Assert.Equal(sections.Select(s => s.GetProperty("title").GetString()), headings.Select(h => h.TextContent));
        foreach (var (heading, section) in headings.Zip(sections))
        {
            var first = section.GetProperty("paragraphs").EnumerateArray().Min(p => p.GetInt32());
            Assert.Equal($"p{first}", heading.NextElementSibling!.Id);
        }
    }

    [Fact]
    public void The_full_text_marks_where_each_item_begins_outside_the_sentences()
    {
        using var json = System.Text.Json.JsonDocument.Parse(site.Read("2024-01-11/meeting.json"));
        var document = new HtmlParser().ParseDocument(site.Read("2024-01-11/text.html"));
        var marks = document.QuerySelectorAll(".report .item-mark").ToList();
        var items = json.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("items").EnumerateArray().Select(i => (Slug: s.GetProperty("slug").GetString(), Item: i)))
            .ToList();
        Assert.Equal(items.Count, marks.Count);
        foreach (var (mark, (slug, item)) in marks.Zip(items))
        {
            // The mark stands just before the item's first sentence and leads to the item's own page.
            Assert.Equal(item.GetProperty("sentences")[0].GetString(), mark.NextElementSibling!.Id);
            Assert.Equal($"{slug}/{item.GetProperty("ordinal").GetInt32()}.html", mark.GetAttribute("href"));
            Assert.Null(mark.Closest(".s"));
        }

        Assert.Equal("五", marks.Single(m => m.GetAttribute("href") == "tasks/5.html").TextContent);
        Assert.Equal("第五项任务：不断开辟教育数字化新赛道", marks.Single(m => m.GetAttribute("href") == "tasks/5.html").GetAttribute("aria-label"));
    }

    [Fact]
    public void Every_sentence_on_every_page_has_a_permalink_to_its_place_in_the_full_text_with_no_text_of_its_own()
    {
        var parser = new HtmlParser();
        var count = 0;
        foreach (var page in SiteTree.Pages(site.Dir))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var sentence in document.QuerySelectorAll(".s"))
            {
                var permalink = Assert.Single(sentence.QuerySelectorAll("a.permalink"));
                Assert.EndsWith("text.html#" + sentence.Id, permalink.GetAttribute("href"));
                Assert.Equal("", permalink.TextContent);
                Assert.Equal("本句链接", permalink.GetAttribute("aria-label"));
                count++;
            }
        }

        Assert.True(count > 100, $"only {count} sentences");
    }

    [Fact]
    public void An_item_page_has_one_previous_and_next_and_its_breadcrumb_names_the_item()
    {
        var document = new HtmlParser().ParseDocument(site.Read("2024-01-11/tasks/5.html"));
        Assert.Equal("第五项任务", document.QuerySelector("nav.crumbs li:last-child")!.TextContent);
        Assert.Equal(["4.html"], document.QuerySelectorAll("a[href='4.html']").Select(a => a.GetAttribute("href")));
        Assert.Equal(["6.html"], document.QuerySelectorAll("a[href='6.html']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_attendees_page_lists_groups_under_their_three_roles()
    {
        var document = new HtmlParser().ParseDocument(site.Read("2024-01-11/attendees/index.html"));
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["参加会议", "应邀参加会议", "列席会议"], headings);
        Assert.Equal(10, document.QuerySelectorAll("ul.attendees li").Length);
        Assert.Contains("视频会议", document.QuerySelector(".format")!.TextContent);
    }

    [Fact]
    public void The_archive_root_lists_the_meeting_with_date_place_and_counts()
    {
        var entry = new HtmlParser().ParseDocument(site.Read("index.html")).QuerySelector("ul.meetings li")!;
        Assert.Equal("2024年全国教育工作会议召开", entry.QuerySelector("a.meeting-title")!.TextContent);
        Assert.Equal("2024-01-11 · 北京 · 重点任务 7 项 · 要求 4 项", entry.QuerySelector(".meta")!.TextContent);
    }

    [Fact]
    public void Every_page_forbids_scripts_and_outside_requests_by_its_content_security_policy()
    {
        var parser = new HtmlParser();
        foreach (var page in SiteTree.Pages(site.Dir))
        {
            var csp = parser.ParseDocument(File.ReadAllText(page)).QuerySelector("meta[http-equiv='Content-Security-Policy']");
            Assert.NotNull(csp);
            Assert.Contains("default-src 'none'", csp!.GetAttribute("content"));
        }
    }
}
