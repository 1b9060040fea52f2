using System.CommandLine;
using Meeting.Export;
using Meeting.Load;
using Meeting.Parse;

namespace Meeting.Cli;

/// <summary><c>meeting parse FILE</c>: one report's model as JSON on stdout, warnings on stderr.</summary>
internal static class ParseCommand
{
    public static (Command, string) Create()
    {
        // Zero or one, checked below, so that a missing FILE gets our own words rather than the parser's.
        var file = new Argument<string?>("FILE") { Description = "a report: .txt as published, or .md with front matter", Arity = ArgumentArity.ZeroOrOne };
        var explain = new Option<bool>("--explain") { Description = "print, for each paragraph, every kind's evidence and the reading chosen, instead of JSON" };
        var verbose = CommonOptions.Verbose("show stack traces of internal errors");
        var command = new Command("parse", "print the parsed model of one report as JSON") { file, explain, verbose };
        command.Validators.Add(result =>
        {
            if (result.GetValue(file) is null)
            {
                result.AddError("expected one FILE");
            }
        });
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(explain), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return (command, """
            Reads one report (.txt as published, or .md with front matter) and prints its parts, items,
            metadata and attendees as JSON (camelCase) on stdout. Warnings go to stderr.

            Example:
              meeting parse content/report-2024-national-education-work-conference.txt
              meeting parse --explain content/report-2024-national-education-work-conference.txt

            """);
    }

    private static int Run(string path, bool explain, TextWriter stdout, TextWriter stderr)
    {
        var document = ReportFileReader.Read(path);
        var result = ReportParser.Parse(document);
        foreach (var warning in result.Warnings)
        {
            stderr.WriteLine(warning);
        }

        stdout.Write(explain ? PartExplanation.Format(result) : MeetingJson.Serialize(result.Report));
        return 0;
    }
}
