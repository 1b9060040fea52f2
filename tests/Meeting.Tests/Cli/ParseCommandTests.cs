using System.Text.Json;
using Meeting.Diagnostics;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Cli;

/// <summary>`meeting parse FILE` prints the model as camelCase JSON, with the names the issue promises.</summary>
public sealed class ParseCommandTests
{
    [Fact]
    public void Prints_the_2024_report_as_json()
    {
        var result = CliRun.Meeting("parse", RepositoryFiles.Report2024);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Stderr);

        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("2024-01-11", json.GetProperty("date").GetString());
        Assert.Equal("北京", json.GetProperty("place").GetString());
        var sections = json.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["opening", "review", "attributes", "tasks", "requirements", "attendees"], sections.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal([8, 3, 7, 4], sections.Skip(1).Take(4).Select(s => s.GetProperty("items").GetArrayLength()));

        var fifth = sections[3].GetProperty("items")[4];
        Assert.Equal(5, fifth.GetProperty("ordinal").GetInt32());
        Assert.Equal("五要", fifth.GetProperty("marker").GetString());
        Assert.Equal("不断开辟教育数字化新赛道", fifth.GetProperty("heading").GetString());
        Assert.StartsWith("五要不断开辟教育数字化新赛道。", fifth.GetProperty("text").GetString());

        var attendees = json.GetProperty("attendees").EnumerateArray().ToList();
        Assert.Equal(10, attendees.Count);
        Assert.Equal("列席", attendees[^1].GetProperty("role").GetString());
    }

    [Fact]
    public void Warns_on_stderr_of_a_part_the_genre_expects_and_still_succeeds()
    {
        var result = CliRun.Meeting("parse", RepositoryFiles.Fixture("valid", "front-matter.md"));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Stderr);

        var dir = Directory.CreateTempSubdirectory("meeting-warn-");
        try
        {
            var path = Path.Combine(dir.FullName, "no-tasks.txt");
            File.WriteAllText(path, "标题\n1月5日，2024年全省教育工作会议在南京召开。\n会议要求，要狠抓落实。一是提高站位。二是压实责任。\n");
            var warned = CliRun.Meeting("parse", path);
            Assert.Equal(ExitCodes.Success, warned.ExitCode);
            // At the first paragraph's line, where the editor would start looking.
            Assert.Contains("no-tasks.txt:2:1: warning: no tasks part was recognised", warned.Stderr);
            Assert.NotEqual("", warned.Stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Without_a_file_it_is_a_usage_error()
    {
        var result = CliRun.Meeting("parse");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith("meeting parse: error: expected one FILE", result.Stderr);
        ErrorAssert.NoStackTrace(result.Stderr);
    }

    [Fact]
    public void Help_says_what_it_does_and_shows_an_example()
    {
        var result = CliRun.Meeting("parse", "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Example:", result.Stdout);
        Assert.Contains("meeting parse content/", result.Stdout);
    }
}
