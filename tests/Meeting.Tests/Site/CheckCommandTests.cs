using Xunit;
using Meeting.Cli;

namespace Meeting.Tests.Site;

/// <summary><c>meeting check</c> finds what a broken site would show a reader: dead links, missing anchors, lost pages.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void A_sound_site_passes()
    {
        var site = Build();
        var (code, stdout, stderr) = Run("check", "--site", site);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Count();
        Assert.Contains($"meeting check: {pages} pages of {site} checked, all sound", stdout);
    }

    [Fact]
    public void A_planted_broken_link_is_reported_with_its_page_and_fails_the_check()
    {
        var site = Build();
        var page = Path.Combine(site, "2024-01-11", "tasks", "5.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</main>", "<a href=\"6-missing.html\">x</a></main>"));

        var (code, _, stderr) = Run("check", "--site", site);

        Assert.Equal(3, code);
        var line = File.ReadAllLines(page).TakeWhile(l => !l.Contains("6-missing.html")).Count() + 1;
        var column = File.ReadAllLines(page)[line - 1].IndexOf("<a href=\"6-missing.html\"", StringComparison.Ordinal) + 1;
        Assert.Contains($"2024-01-11/tasks/5.html:{line}:{column}: error: broken link `6-missing.html`", stderr);
    }

    [Fact]
    public void A_link_to_a_missing_anchor_is_reported()
    {
        var site = Build();
        var page = Path.Combine(site, "2024-01-11", "index.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</main>", "<a href=\"text.html#s99-1\">x</a></main>"));

        var (code, _, stderr) = Run("check", "--site", site);

        Assert.Equal(3, code);
        Assert.Contains("no id `s99-1`", stderr);
    }

    [Fact]
    public void Invalid_html_and_a_repeated_id_on_disk_are_reported()
    {
        var site = Build();
        var page = Path.Combine(site, "2024-01-11", "text.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</main>", "<p>x</span></p><span id=\"s4-10\"></span></main>"));

        var (code, _, stderr) = Run("check", "--site", site);

        Assert.Equal(3, code);
        Assert.Matches(@"2024-01-11/text\.html:\d+:\d+: error: HTML parse error", stderr);
        Assert.Matches(@"2024\-01\-11/text\.html:\d+:\d+:\ error:\ the\ id\ `s4\-10`\ is\ used\ twice", stderr);
    }

    [Fact]
    public void A_page_no_link_reaches_is_reported()
    {
        var site = Build();
        File.Copy(Path.Combine(site, "404.html"), Path.Combine(site, "orphan.html"));

        var (code, _, stderr) = Run("check", "--site", site);

        Assert.Equal(3, code);
        Assert.Contains("orphan.html: error: no link leads to this page", stderr);
    }

    private static string Build()
    {
        var site = Path.Combine(RepoPaths.NewTempDir(), "site");
        var (code, _, stderr) = Run("build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--out", site);
        Assert.True(code == 0, stderr);
        return site;
    }

    internal static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
