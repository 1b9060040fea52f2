using System.Text.RegularExpressions;
using Xunit;

namespace Meeting.Tests.Parse.Support;

/// <summary>
/// What a user sees when their input is wrong: one line `path:line:column: error: message`, then a `hint:` line,
/// the documented exit code, and never a stack trace. An error about a whole file or folder has no place in it
/// (`path: error: message`): pass line and column 0.
/// </summary>
public static partial class ErrorAssert
{
    public static void Reported(CliResult result, int exitCode, string pathEnding, int line, int column, string message)
    {
        Assert.True(exitCode == result.ExitCode, $"exit code {result.ExitCode}, expected {exitCode}; stderr:\n{result.Stderr}");
        NoStackTrace(result.Stderr);
        var lines = result.ErrorLines;
        Assert.True(lines.Length >= 2, "expected an error line and a hint line, got:\n" + result.Stderr);
        var head = Head().Match(lines[0]);
        Assert.True(head.Success, $"not of the form path:line:column: error: message\n{lines[0]}");
        Assert.EndsWith(pathEnding, head.Groups["path"].Value.Replace('\\', '/'));
        var at = head.Groups["line"].Success ? (int.Parse(head.Groups["line"].Value), int.Parse(head.Groups["column"].Value)) : (0, 0);
        Assert.Equal((line, column), at);
        Assert.Equal(message, head.Groups["message"].Value);
        Assert.Matches(@"^  hint: \S.+$", lines[1]);
    }

    /// <summary>The same check on an error raised by the library, printed as the CLI prints it.</summary>
    public static void Reported(Meeting.Diagnostics.MeetingException error, int exitCode, string pathEnding, int line, int column, string message) =>
        Reported(new CliResult(error.ExitCode, "", string.Join("\n", error.Diagnostics) + "\n"), exitCode, pathEnding, line, column, message);

    public static void NoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("internal error", stderr);
    }

    [GeneratedRegex(@"^(?<path>.+?)(:(?<line>\d+):(?<column>\d+))?: error: (?<message>.+)$")]
    private static partial Regex Head();
}
