using Meeting.Export;
using Meeting.Load;
using Meeting.Parse;

namespace Meeting.Cli;

internal sealed class ParseCommand : ICommand
{
    public string Name => "parse";

    public string Summary => "print the parsed model of one report as JSON";

    public string Usage => """
        Usage: meeting parse FILE [--explain] [--verbose]

        Reads one report (.txt as published, or .md with front matter) and prints its parts, items,
        metadata and attendees as JSON (camelCase) on stdout. Warnings go to stderr.

          --explain   print, for each paragraph, every kind's evidence and the reading chosen, instead of JSON

        Example:
          meeting parse content/report-2024-national-education-work-conference.txt
          meeting parse --explain content/report-2024-national-education-work-conference.txt

        """;

    public IReadOnlyList<string> ValueOptions => [];

    public int Positionals => 1;

    public int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        var document = ReportFileReader.Read(options.Positionals[0]);
        var result = ReportParser.Parse(document);
        foreach (var warning in result.Warnings)
        {
            stderr.WriteLine(warning);
        }

        stdout.Write(options.Explain ? PartExplanation.Format(result) : MeetingJson.Serialize(result.Report));
        return 0;
    }
}
