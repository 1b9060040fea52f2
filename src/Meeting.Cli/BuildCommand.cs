using System.Globalization;
using Meeting.Build;

namespace Meeting.Cli;

internal sealed class BuildCommand : ICommand
{
    public string Name => "build";

    public string Summary => "build the archive site from the reports in content/";

    public string Usage => """
        Usage: meeting build [--content DIR] [--templates DIR] [--out DIR] [--base-url URL] [--strict] [--verbose]

          --content DIR    the reports (.txt, .md) and _keywords.txt   (default: content)
          --templates DIR  the Liquid templates, strings.json, assets/  (default: templates)
          --out DIR        where the site goes; replaced whole          (default: site)
          --base-url URL   the site's address when published (https://example.org/archive/):
                           canonical links, sitemap.xml, robots.txt, feed.xml, Open Graph, JSON-LD;
                           without it nothing absolute is written and the site works from disk
          --strict         treat warnings as errors (exit 4)
          --verbose        show how long each step took; show stack traces of internal errors

        Every page is checked (HTML, links, anchors, ids) before anything is written; a failed build
        leaves the previous site as it was. Exit codes: 0 built, 1 bad input, 2 bad command line,
        3 the site's checks failed, 4 warnings with --strict, 70 internal error.

        Example:
          meeting build --content content --out site
          then open site/index.html in a browser.

        """;

    public IReadOnlyList<string> ValueOptions => ["--content", "--templates", "--out", "--base-url"];

    public int Positionals => 0;

    public int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        Uri? baseUrl = null;
        if (options.Values.TryGetValue("--base-url", out var given) && !Publish.BaseUrl.TryParse(given, out baseUrl, out var problem))
        {
            stderr.WriteLine($"meeting build: error: --base-url: {problem}");
            stderr.WriteLine($"  hint: give the address the site will have, e.g. --base-url {Publish.BaseUrl.Example}");
            return Diagnostics.ExitCodes.UsageError;
        }

        var result = SiteBuilder.Build(new BuildOptions(
            options.Get("--content", "content"),
            options.Get("--templates", "templates"),
            options.Get("--out", "site"),
            options.Strict) { BaseUrl = baseUrl });
        foreach (var warning in result.Warnings)
        {
            stderr.WriteLine(warning);
        }

        var total = result.Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Took);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"meeting: built {result.Pages} pages ({result.Files} files) for {result.Meetings} meeting(s) into {options.Get("--out", "site")} in {total.TotalSeconds:0.00} s"));
        if (options.Verbose)
        {
            foreach (var (step, took) in result.Steps)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-10} {took.TotalMilliseconds,8:0.0} ms"));
            }
        }

        return 0;
    }
}
