using Meeting.Diagnostics;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Cli;

/// <summary>
/// `meeting parse` on files that are not a report (issue 5): one error line that says where and what, a hint,
/// exit code 1 (a content error), and no stack trace. The files are in Fixtures/invalid. What is wrong with the
/// whole file (an image, UTF-16, missing) names no line and column: 0, 0 here.
/// </summary>
public sealed class BadReportFileTests
{
    [Theory]
    [InlineData("empty.txt", 1, 1, "the report is empty")]
    [InlineData("blank-lines-only.txt", 1, 1, "the report is empty")]
    [InlineData("title-only.txt", 2, 1, "the report has a title but no paragraphs")]
    [InlineData("png-image.txt", 0, 0, "the file is a PNG image, not text")]
    [InlineData("pdf-renamed.txt", 0, 0, "the file is a PDF, not text")]
    [InlineData("gbk-on-line-3.txt", 3, 5, "the text is not valid UTF-8 here (byte 0xBD)")]
    [InlineData("utf16-with-bom.txt", 0, 0, "the file is UTF-16 text, not UTF-8")]
    [InlineData("utf16-without-bom.txt", 0, 0, "the file looks like UTF-16 text (without a byte-order mark), not UTF-8")]
    [InlineData("no-part-recognised.txt", 2, 3, "no part of a work conference report was recognised in this text")]
    [InlineData("unknown-front-matter-key.md", 3, 1, "unknown front matter key `author`")]
    [InlineData("bad-date.md", 3, 7, "`2024-13-01` is not a date")]
    [InlineData("slug-leaves-the-site.md", 2, 7, "the slug `../../x` is a path; it would place the meeting outside its own folder")]
    [InlineData("slug-absolute.md", 3, 7, "the slug `/var/www/html` is a path; it would place the meeting outside its own folder")]
    [InlineData("front-matter-not-closed.md", 1, 1, "the front matter opened here is never closed")]
    public void Says_where_and_what_is_wrong(string name, int line, int column, string message)
    {
        var result = CliRun.Meeting("parse", RepositoryFiles.Fixture("invalid", name));
        ErrorAssert.Reported(result, ExitCodes.ContentError, "Fixtures/invalid/" + name, line, column, message);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var result = CliRun.Meeting("parse", "no-such-report.txt");
        ErrorAssert.Reported(result, ExitCodes.ContentError, "no-such-report.txt", 0, 0, "no such file");
    }

    [Fact]
    public void A_10_MB_file_is_refused_before_it_is_read()
    {
        var dir = Directory.CreateTempSubdirectory("meeting-large-");
        try
        {
            var path = Path.Combine(dir.FullName, "huge.txt");
            var report = File.ReadAllText(RepositoryFiles.Report2024);
            using (var writer = new StreamWriter(path))
            {
                while (writer.BaseStream.Length < 10 * 1024 * 1024)
                {
                    writer.Write(report);
                    writer.Flush();
                }
            }

            var result = CliRun.Meeting("parse", path);
            ErrorAssert.Reported(result, ExitCodes.ContentError, "/huge.txt", 0, 0, "the file is 10.0 MB; a report is at most 2 MB");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
