using Xunit;

namespace Meeting.Tests.Site;

/// <summary><c>meeting build</c> as an editor meets it: warnings that do not stop it, --strict that does, a template's own position.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public void Keyword_list_warnings_are_printed_with_their_line_and_the_site_is_built()
    {
        var (content, site) = ContentWithList("产教融合", "", "产教融合", "不存在的术语");

        var (code, stdout, stderr) = CheckCommandTests.Run("build", "--content", content, "--templates", RepoPaths.Templates, "--out", site);

        Assert.Equal(0, code);
        Assert.Contains("built", stdout);
        Assert.Contains("_keywords.txt:3:1: warning:", stderr);
        Assert.Contains("_keywords.txt:4:1: warning:", stderr);
        Assert.Contains("不存在的术语", stderr);
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void With_strict_a_warning_fails_the_build_and_nothing_is_written()
    {
        var (content, site) = ContentWithList("不存在的术语");

        var (code, _, stderr) = CheckCommandTests.Run("build", "--strict", "--content", content, "--templates", RepoPaths.Templates, "--out", site);

        Assert.Equal(4, code);
        Assert.Contains("_keywords.txt:1:1: warning:", stderr);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void A_template_syntax_error_names_the_template_line_and_column_and_writes_nothing()
    {
        var work = RepoPaths.NewTempDir();
        var templates = BuildSafetyTests.CopyTemplates(work);
        var item = Path.Combine(templates, "item.liquid");
        File.WriteAllText(item, "<h1>{{ page.title }}</h1>\n<p>{% if body.terms %}\n");
        var site = Path.Combine(work, "site");

        var (code, stdout, stderr) = CheckCommandTests.Run("build", "--content", RepoPaths.Content, "--templates", templates, "--out", site);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Matches(@"item\.liquid:\d+:\d+: error: template syntax error", stderr);
        Assert.Contains("hint:", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void A_missing_templates_folder_and_an_unknown_option_have_their_own_exit_codes()
    {
        var missing = CheckCommandTests.Run("build", "--templates", Path.Combine(RepoPaths.NewTempDir(), "none"), "--content", RepoPaths.Content);
        Assert.Equal(1, missing.Code);
        Assert.Contains("the templates folder does not exist", missing.Stderr);

        var usage = CheckCommandTests.Run("build", "--colour");
        Assert.Equal(2, usage.Code);
        Assert.Contains("unknown option `--colour`", usage.Stderr);
    }

    [Fact]
    public void Every_bad_report_is_reported_at_once_as_input_not_as_a_crash_and_nothing_is_written()
    {
        var (content, site) = ContentWithList("产教融合");
        File.WriteAllText(Path.Combine(content, "a-empty.txt"), "");
        File.WriteAllText(Path.Combine(content, "b-title-only.md"), "2025年全国教育工作会议召开\n");

        var (code, _, stderr) = CheckCommandTests.Run("build", "--content", content, "--templates", RepoPaths.Templates, "--out", site);

        Assert.Equal(1, code);
        Assert.Contains("a-empty.txt:1:1: error: the report is empty", stderr);
        Assert.Contains("b-title-only.md:2:1: error: the report has a title but no paragraphs", stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.False(Directory.Exists(site));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("parse")]
    public void Help_says_what_the_command_does_and_shows_an_example(string command)
    {
        var (code, stdout, _) = CheckCommandTests.Run(command, "--help");
        Assert.Equal(0, code);
        // The program's name in the usage line is the running executable's: meeting, or the test host here.
        Assert.Matches(@"Usage:\s+\S+ " + command, stdout);
        Assert.Contains("Example:", stdout);
    }

    private static (string Content, string Site) ContentWithList(params string[] lines)
    {
        var work = RepoPaths.NewTempDir();
        var content = Path.Combine(work, "content");
        Directory.CreateDirectory(content);
        File.Copy(Path.Combine(RepoPaths.Content, "report-2024-national-education-work-conference.txt"), Path.Combine(content, "report.txt"));
        File.WriteAllLines(Path.Combine(content, "_keywords.txt"), lines);
        return (content, Path.Combine(work, "site"));
    }
}
