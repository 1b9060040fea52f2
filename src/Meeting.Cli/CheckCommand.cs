using Meeting.Check;
using Meeting.Diagnostics;

namespace Meeting.Cli;

internal sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Summary => "check a built site: HTML, links, anchors, ids, unreachable pages";

    public string Usage => """
        Usage: meeting check [--site DIR]

          --site DIR   the built site to check (default: site)

        Parses every page and reports HTML parse errors, internal links or #anchors that do not
        resolve, links to folders, duplicate ids, and pages no link reaches from index.html.
        Exit 0 when all is well, 3 when anything is wrong.

        Example:
          meeting check --site site

        """;

    public IReadOnlyList<string> ValueOptions => ["--site"];

    public int Positionals => 0;

    public int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        var site = options.Get("--site", "site");
        var report = SiteChecker.Check(site);
        var problems = report.Problems;
        foreach (var problem in problems)
        {
            stderr.WriteLine(problem.WithPath(Path.Combine(site, problem.Path).Replace('\\', '/')));
        }

        if (problems.Count > 0)
        {
            stderr.WriteLine($"meeting check: {problems.Count} problem(s) in {report.Pages} pages of {site}");
            return ExitCodes.CheckFailed;
        }

        stdout.WriteLine($"meeting check: {report.Pages} pages of {site} checked, all sound");
        return ExitCodes.Success;
    }
}
