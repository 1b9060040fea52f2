using Meeting.Diagnostics;
using Meeting.Index;
using Xunit;

namespace Meeting.Tests.Index;

public class KeywordListParserTests
{
    [Fact]
    public void Reads_terms_aliases_and_see_also_and_skips_comments_and_blank_lines()
    {
        var list = TestReports.ListOf(
            "# 注释",
            "",
            "立德树人",
            "  教育、科技、人才 | 教育科技人才 ｜ 见：产教融合；科教融汇  ",
            "产教融合 | 见:科教融汇",
            "   # 缩进的注释");

        Assert.Empty(list.Diagnostics);
        Assert.Equal(["立德树人", "教育、科技、人才", "产教融合"], list.Entries.Select(e => e.Term));
        var triple = list.Entries[1];
        Assert.Equal(["教育科技人才"], triple.Aliases);
        Assert.Equal(["产教融合", "科教融汇"], triple.SeeAlso);
        Assert.Equal(4, triple.Line);
        Assert.Equal(3, triple.Column);
        Assert.Equal(["科教融汇"], list.Entries[2].SeeAlso);
    }

    [Fact]
    public void Handles_a_byte_order_mark_and_crlf_line_ends()
    {
        var list = KeywordListParser.Parse("k.txt", "\uFEFF教育强国\r\n高等教育 | 高教\r\n");

        Assert.Empty(list.Diagnostics);
        Assert.Equal(["教育强国", "高等教育"], list.Entries.Select(e => e.Term));
        Assert.Equal(["高教"], list.Entries[1].Aliases);
    }

    [Fact]
    public void A_term_listed_twice_is_a_warning_at_the_second_line_pointing_to_the_first()
    {
        var list = TestReports.ListOf("教育强国", "高等教育", "  教育强国 | 强国");

        var warning = Assert.Single(list.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("content/_keywords.txt", 3, 3), (warning.Path, warning.Line, warning.Column));
        Assert.Contains("line 1", warning.Message);
        Assert.Equal(["教育强国", "高等教育"], list.Entries.Select(e => e.Term));
    }

    [Fact]
    public void An_alias_already_listed_is_a_warning_with_its_column_and_is_dropped()
    {
        var list = TestReports.ListOf("教育科技人才", "教育、科技、人才 | 教育科技人才");

        var warning = Assert.Single(list.Diagnostics);
        Assert.Equal((Severity.Warning, 2, 12), (warning.Severity, warning.Line, warning.Column));
        Assert.Empty(list.Entries[1].Aliases);
    }

    [Theory]
    [InlineData("教育强国 || 强国", 1, 7, "empty field")]
    [InlineData("| 强国", 1, 1, "empty field")]
    [InlineData("教育强国 | 见：", 1, 8, "names no term")]
    [InlineData("见：教育强国", 1, 1, "instead of a term")]
    [InlineData("“双减”", 1, 1, "quotation marks")]
    public void A_malformed_line_is_an_error_at_its_place_and_is_skipped(string line, int lineNumber, int column, string message)
    {
        var list = TestReports.ListOf("高等教育", line);

        var error = Assert.Single(list.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((lineNumber + 1, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"content/_keywords.txt:{lineNumber + 1}:{column}: error:", error.ToString());
        Assert.Equal(["高等教育"], list.Entries.Select(e => e.Term));
    }

    [Fact]
    public void The_editors_list_for_2024_is_clean_and_of_index_size()
    {
        var list = TestReports.RealList();

        Assert.Empty(list.Diagnostics);
        Assert.InRange(list.Entries.Count, 50, 70);
        Assert.Contains(list.Entries, e => e.Term == "教育、科技、人才" && e.Aliases.Contains("教育科技人才"));
        Assert.Contains(list.Entries, e => e.SeeAlso.Count > 0);
    }
}
