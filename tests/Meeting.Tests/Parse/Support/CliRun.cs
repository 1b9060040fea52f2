using Meeting.Cli;

namespace Meeting.Tests.Parse.Support;

/// <summary>What `meeting …` printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] ErrorLines => Stderr.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the CLI in process, as the user would from a shell.</summary>
public static class CliRun
{
    public static CliResult Meeting(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
