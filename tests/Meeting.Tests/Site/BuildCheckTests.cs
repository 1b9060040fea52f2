using Xunit;

namespace Meeting.Tests.Site;

/// <summary>
/// Each branch of the build's own check, proved by a planted defect: a template that writes invalid HTML, a
/// duplicate id or a dead link, and an anchor into another meeting's pages that does not exist. Each fails the
/// build with exit 3, names the page, and leaves no site behind.
/// </summary>
public sealed class BuildCheckTests
{
    [Fact]
    public void A_template_that_writes_invalid_html_fails_the_build_with_the_page_line_and_column()
    {
        var (code, stderr, site) = BuildWith("item.liquid", text => text + "<p>stray end tag</span></p>\n");

        Assert.Equal(3, code);
        Assert.Matches(@"2024-01-11/tasks/5\.html:\d+:\d+: error: HTML parse error", stderr);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void A_template_that_repeats_an_id_fails_the_build()
    {
        var (code, stderr, site) = BuildWith("layout.liquid", text => text.Replace("</footer>", "<span id=\"main\"></span>\n</footer>"));

        Assert.Equal(3, code);
        Assert.Matches(@"index\.html:\d+:\d+:\ error:\ the\ id\ `main`\ is\ used\ twice", stderr);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void A_template_that_writes_a_dead_link_fails_the_build_and_leaves_the_previous_site_as_it_was()
    {
        var work = RepoPaths.NewTempDir();
        var site = Path.Combine(work, "site");
        Assert.Equal(0, CheckCommandTests.Run("build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--out", site).Code);
        var before = SiteTree.Hashes(site);
        var templates = BuildSafetyTests.CopyTemplates(work);
        var term = Path.Combine(templates, "term.liquid");
        File.WriteAllText(term, File.ReadAllText(term) + "<a href=\"no-such-term.html\">x</a>\n");

        var (code, _, stderr) = CheckCommandTests.Run("build", "--content", RepoPaths.Content, "--templates", templates, "--out", site);

        Assert.Equal(3, code);
        Assert.Contains("error: broken link `no-such-term.html`: no such file in the site", stderr);
        Assert.Equal(before, SiteTree.Hashes(site));
    }

    [Fact]
    public void An_anchor_into_another_meeting_is_checked_against_that_meeting_s_pages()
    {
        // The 2024 home links into the 2025 meeting's full text, which another group of pages renders.
        var good = BuildTwoMeetingsWith("../2025-01-09/text.html#s1-1");
        Assert.True(good.Code == 0, good.Stderr);

        var bad = BuildTwoMeetingsWith("../2025-01-09/text.html#s99-1");
        Assert.Equal(3, bad.Code);
        Assert.Matches(@"2024\-01\-11/index\.html:\d+:\d+:\ error:\ broken\ link\ `\.\./2025\-01\-09/text\.html\#s99\-1`:\ no\ id\ `s99\-1`\ in\ 2025\-01\-09/text\.html", bad.Stderr);
        Assert.False(Directory.Exists(bad.Site));
    }

    private static (int Code, string Stderr, string Site) BuildWith(string template, Func<string, string> plant)
    {
        var work = RepoPaths.NewTempDir();
        var templates = BuildSafetyTests.CopyTemplates(work);
        var file = Path.Combine(templates, template);
        File.WriteAllText(file, plant(File.ReadAllText(file)));
        var site = Path.Combine(work, "site");
        var (code, _, stderr) = CheckCommandTests.Run("build", "--content", RepoPaths.Content, "--templates", templates, "--out", site);
        return (code, stderr, site);
    }

    // Two meetings; the home template links to `href` only on the 2024 meeting's home.
    private static (int Code, string Stderr, string Site) BuildTwoMeetingsWith(string href)
    {
        var work = RepoPaths.NewTempDir();
        var content = Path.Combine(work, "content");
        Directory.CreateDirectory(content);
        File.Copy(Path.Combine(RepoPaths.Content, "report-2024-national-education-work-conference.txt"), Path.Combine(content, "a-2024.txt"));
        File.WriteAllText(Path.Combine(content, "b-2025.txt"), SmallArchive.Report2025);
        var templates = BuildSafetyTests.CopyTemplates(work);
        var home = Path.Combine(templates, "home.liquid");
        File.WriteAllText(home, File.ReadAllText(home) + $"{{% if page.path == \"2024-01-11/index.html\" %}}<a href=\"{href}\">2025</a>{{% endif %}}\n");
        var site = Path.Combine(work, "site");
        var (code, _, stderr) = CheckCommandTests.Run("build", "--content", content, "--templates", templates, "--out", site);
        return (code, stderr, site);
    }
}
