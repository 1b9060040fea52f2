using System.CommandLine;
using Meeting.Check;
using Meeting.Diagnostics;

namespace Meeting.Cli;

/// <summary><c>meeting check</c>: every page of a built site parsed in full, links, anchors, ids, reachability.</summary>
internal static class CheckCommand
{
    public static (Command, string) Create()
    {
        var site = CommonOptions.Folder("--site", "site", "the built site to check");
        var verbose = CommonOptions.Verbose("show stack traces of internal errors");
        var command = new Command("check", "check a built site: HTML, links, anchors, ids, unreachable pages") { site, verbose };
        command.SetAction(result => Run(result.GetValue(site)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return (command, """
            Parses every page and reports HTML parse errors, internal links or #anchors that do not
            resolve, links to folders, duplicate ids, and pages no link reaches from index.html.
            Exit 0 when all is well, 3 when anything is wrong.

            Example:
              meeting check --site site

            """);
    }

    private static int Run(string site, TextWriter stdout, TextWriter stderr)
    {
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
