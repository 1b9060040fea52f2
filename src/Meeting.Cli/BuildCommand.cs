using System.CommandLine;
using System.Globalization;
using Meeting.Build;

namespace Meeting.Cli;

/// <summary><c>meeting build</c>: the site from content/ and templates/, checked, swapped in place of the old one.</summary>
internal static class BuildCommand
{
    public static (Command, string) Create()
    {
        var content = CommonOptions.Folder("--content", "content", "the reports (.txt, .md) and _keywords.txt");
        var templates = CommonOptions.Folder("--templates", "templates", "the Liquid templates, strings.json, assets/");
        var output = CommonOptions.Folder("--out", "site", "where the site goes; replaced whole");
        var baseUrl = BaseUrlOption.Create();
        var strict = new Option<bool>("--strict") { Description = "treat warnings as errors (exit 4)" };
        var verbose = CommonOptions.Verbose("show how long each step took; show stack traces of internal errors");
        var command = new Command("build", "build the archive site from the reports in content/")
        {
            content, templates, output, baseUrl, strict, verbose,
        };
        command.SetAction(result =>
        {
            var options = new BuildOptions(result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(output)!, result.GetValue(strict))
            {
                BaseUrl = result.GetValue(baseUrl),
            };
            return Run(options, result.GetValue(verbose), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });

        return (command, """
            Every page is checked (HTML, links, anchors, ids) before anything is written; a failed build
            leaves the previous site as it was. Exit codes: 0 built, 1 bad input, 2 bad command line,
            3 the site's checks failed, 4 warnings with --strict, 70 internal error.

            Example:
              meeting build --content content --out site
              then open site/index.html in a browser.

            """);
    }

    public static int Run(BuildOptions options, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var result = SiteBuilder.Build(options);
        foreach (var warning in result.Warnings)
        {
            stderr.WriteLine(warning);
        }

        var total = result.Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Took);
        var kept = result.Kept > 0 ? $"; {result.Kept} pages of unchanged meetings kept" : "";
        kept += result.Parsed < result.Meetings ? $"; {result.Parsed} of {result.Meetings} reports parsed" : "";
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"meeting: built {result.Pages} pages ({result.Files} files) for {result.Meetings} meeting(s) into {options.OutDir} in {total.TotalSeconds:0.00} s{kept}"));
        if (verbose)
        {
            foreach (var (step, took) in result.Steps)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-10} {took.TotalMilliseconds,8:0.0} ms"));
            }
        }

        return 0;
    }
}
