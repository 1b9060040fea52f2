using Meeting.Diagnostics;
using Meeting.Model;
using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>A meeting's folder never collides with the files and folders at the root of the site.</summary>
public sealed class SlugRulesTests
{
    [Theory]
    [InlineData("terms")]
    [InlineData("Assets")]
    [InlineData("index.html")]
    [InlineData("404.html")]
    public void A_front_matter_slug_that_the_root_uses_is_refused(string slug)
    {
        var text = $"---\nslug: {slug}\n---\n2024年全国教育工作会议召开\n　　1月11日，会议在北京召开。\n　　会议指出，一要甲。二要乙。\n";
        var error = Assert.Throws<MeetingException>(() => ReportParser.Parse(new SourceDocument("r.md", text)));
        Assert.Equal((2, 7), (error.Diagnostics[0].Line, error.Diagnostics[0].Column));
        Assert.Contains("a name the site's root already uses", error.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("terms.txt", "meeting-terms")]
    [InlineData("assets.md", "meeting-assets")]
    [InlineData("Report 2024 (final).txt", "report-2024-final")]
    [InlineData("报告.txt", "meeting")]
    public void A_slug_made_from_a_file_name_is_a_safe_folder_name_of_its_own(string fileName, string expected) =>
        Assert.Equal(expected, SlugRules.FromFileName(fileName));
}
