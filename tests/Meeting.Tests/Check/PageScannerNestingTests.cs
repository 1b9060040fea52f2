using Meeting.Check;
using Xunit;

namespace Meeting.Tests.Check;

/// <summary>
/// The build's scan of a page (no DOM) still finds what a browser would call a parse error in how tags nest,
/// and lets pass what HTML allows (end tags left out where the language permits it).
/// </summary>
public sealed class PageScannerNestingTests
{
    private static IEnumerable<string> Problems(string body) =>
        PageScanner.Scan("p.html", "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><title>t</title></head><body>\n" + body + "\n</body></html>\n")
            .Problems.Select(p => $"{p.Line}:{p.Column} {p.Message}");

    [Theory]
    [InlineData("<p>正文</span></p>", "3:6 HTML parse error: the end tag </span> closes no open element")]
    [InlineData("<div><span>甲</div></span>", "3:13 HTML parse error: the end tag </div> closes <div> across <span>")]
    [InlineData("<main><section>正文</main>", "3:18 HTML parse error: the end tag </main> closes <main> across <section>")]
    public void Tags_that_do_not_nest_are_parse_errors_at_their_place(string body, string problem) =>
        Assert.Equal(problem, Problems(body).First());

    [Fact]
    public void An_element_left_open_is_a_parse_error_where_its_parent_closes() =>
        Assert.Equal(["4:1 HTML parse error: the end tag </body> closes <body> across <div>"], Problems("<div><span>甲</span>"));

    [Fact]
    public void An_element_left_open_at_the_end_of_the_page_is_a_parse_error() =>
        Assert.Contains("1:21 HTML parse error: <div> is never closed",
            PageScanner.Scan("p.html", "<!DOCTYPE html><div>").Problems.Select(p => $"{p.Line}:{p.Column} {p.Message}"));

    [Theory]
    [InlineData("<ul><li>一<li>二</ul>")]
    [InlineData("<p>一段<p>二段<div>块</div>")]
    [InlineData("<dl><dt>词<dd>义<dt>词<dd>义</dl>")]
    [InlineData("<table><tr><td>甲<td>乙<tr><td>丙</table>")]
    [InlineData("<p>换行<br>图<img src=\"a.png\" alt=\"\"></p>")]
    public void End_tags_HTML_lets_one_leave_out_are_no_error(string body) =>
        Assert.Empty(Problems(body));
}
