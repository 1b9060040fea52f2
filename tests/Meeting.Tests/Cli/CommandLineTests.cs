using Meeting.Diagnostics;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Cli;

/// <summary>
/// The command line as a user meets it (System.CommandLine underneath): help for every command, --version,
/// mistakes in our own words with exit 2, and --base-url accepted only as an absolute http(s) address.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("build", "--content <DIR>", "meeting build --content content --out site")]
    [InlineData("check", "--site <DIR>", "meeting check --site site")]
    [InlineData("serve", "--port <N>", "meeting serve")]
    public void Each_command_has_help_with_its_options_and_an_example(string command, string option, string example)
    {
        var result = CliRun.Meeting(command, "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(option, result.Stdout);
        Assert.Contains("Example:", result.Stdout);
        Assert.Contains(example, result.Stdout);
    }

    [Fact]
    public void Without_a_command_it_shows_the_commands_and_exits_2()
    {
        var result = CliRun.Meeting();
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("build", result.Stdout);
        Assert.Contains("serve", result.Stdout);
    }

    [Fact]
    public void Version_prints_a_version()
    {
        var result = CliRun.Meeting("--version");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "meeting: error: unknown command `frobnicate`")]
    [InlineData(new[] { "build", "--out" }, "meeting build: error: --out needs a value")]
    [InlineData(new[] { "build", "--out=" }, "meeting build: error: --out needs a value")]
    [InlineData(new[] { "check", "extra" }, "meeting check: error: unexpected argument `extra`")]
    [InlineData(new[] { "build", "--base-url", "/archive/" }, "meeting build: error: --base-url: ")]
    [InlineData(new[] { "build", "--base-url", "archive" }, "meeting build: error: --base-url: ")]
    [InlineData(new[] { "build", "--base-url", "ftp://example.org/" }, "meeting build: error: --base-url: ")]
    [InlineData(new[] { "serve", "--port", "http" }, "meeting serve: error:")]
    [InlineData(new[] { "serve", "--base-path", "archive" }, "meeting serve: error: --base-path")]
    public void A_mistake_on_the_command_line_is_exit_2_with_a_hint(string[] args, string message)
    {
        var result = CliRun.Meeting(args);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith(message, result.ErrorLines[0]);
        Assert.StartsWith("  hint: ", result.ErrorLines[1]);
        ErrorAssert.NoStackTrace(result.Stderr);
    }

    [Fact]
    public void A_good_base_url_is_taken()
    {
        var site = Path.Combine(Directory.CreateTempSubdirectory("meeting-base-url-").FullName, "site");
        var result = CliRun.Meeting("build", "--content", Path.Combine(RepositoryFiles.Root, "content"),
            "--templates", Path.Combine(RepositoryFiles.Root, "templates"), "--out", site, "--base-url", "https://example.org/archive/");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
    }
}
