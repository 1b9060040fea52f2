using Meeting.Build;
using Meeting.Diagnostics;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>
/// The build checks its pages without building a DOM (a streaming scan of what templates write), and still
/// stops on what a designer's mistake would show a reader: a sentence without its id, a broken link, an id
/// used twice, a page no link reaches. Each mistake is planted in a copy of the templates.
/// </summary>
public sealed class PlantedTemplateTests
{
    [Theory]
    [InlineData("drops the sentence id", "no id `s", "sentence.liquid", " id=\"{{ s.id }}\"", "")]
    [InlineData("writes a broken link", "broken link `nowhere.html`: no such file", "item.liquid", "</h1>", "</h1><a href='nowhere.html'>x</a>")]
    [InlineData("writes a link with an unquoted broken anchor", "no id `missing`", "item.liquid", "</h1>", "</h1><a href=#missing>x</a>")]
    [InlineData("writes a link with a character reference", "broken link `x&y.html`", "item.liquid", "</h1>", "</h1><a href=\"x&amp;y.html\">x</a>")]
    [InlineData("duplicates an id", "the id `twice` is used twice", "layout.liquid", "</body>", "<span id=\"twice\"></span><span id='twice'></span></body>")]
    [InlineData("orphans the attendees page", "attendees/index.html: error: no link leads to this page",
        "home.liquid", "href=\"{{ section.href }}\"", "href=\"#main\"",
        "fulltext.liquid", "href=\"{{ part.href }}\"", "href=\"#main\"",
        "fulltext.liquid", "href=\"{{ h.href }}\"", "href=\"#main\"",
        "layout.liquid", "href=\"{{ previous.href }}\"", "href=\"#main\"",
        "layout.liquid", "href=\"{{ next.href }}\"", "href=\"#main\"")]
    public void A_template_that_breaks_the_site_fails_the_build(string mistake, string expected, params string[] edits)
    {
        var work = RepoPaths.NewTempDir();
        var templates = BuildSafetyTests.CopyTemplates(work);
        for (var i = 0; i < edits.Length; i += 3)
        {
            var file = Path.Combine(templates, edits[i]);
            var text = File.ReadAllText(file);
            Assert.True(text.Contains(edits[i + 1], StringComparison.Ordinal), $"{edits[i]} no longer holds {edits[i + 1]}: update the plant");
            File.WriteAllText(file, text.Replace(edits[i + 1], edits[i + 2], StringComparison.Ordinal));
        }

        var site = Path.Combine(work, "site");
        var error = Assert.Throws<MeetingException>(() => SiteBuilder.Build(new BuildOptions(RepoPaths.Content, templates, site)));

        Assert.True(error.ExitCode == ExitCodes.CheckFailed, $"{mistake}: exit code {error.ExitCode}");
        Assert.Contains(error.Diagnostics, d => d.ToString().Contains(expected, StringComparison.Ordinal));
        Assert.False(Directory.Exists(site), $"{mistake}: nothing is written");
    }

    [Fact]
    public void A_broken_link_is_reported_at_its_line_and_column_in_the_page()
    {
        var work = RepoPaths.NewTempDir();
        var templates = BuildSafetyTests.CopyTemplates(work);
        var item = Path.Combine(templates, "item.liquid");
        File.WriteAllText(item, File.ReadAllText(item).Replace("</h1>", "</h1>\n  <a href=\"nowhere.html\">x</a>", StringComparison.Ordinal));

        var error = Assert.Throws<MeetingException>(() => SiteBuilder.Build(new BuildOptions(RepoPaths.Content, templates, Path.Combine(work, "site"))));

        var broken = error.Diagnostics.First(d => d.Message.Contains("nowhere.html", StringComparison.Ordinal));
        Assert.True(broken.Line > 1, broken.ToString());
        Assert.Equal(3, broken.Column);
    }
}
