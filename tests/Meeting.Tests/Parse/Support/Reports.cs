using Meeting.Model;
using Meeting.Parse;

namespace Meeting.Tests.Parse.Support;

/// <summary>Parses report text written in a test, as if it were a file of the given name.</summary>
public static class Reports
{
    public static MeetingReport Parse(string text, string path = "report.txt") =>
        ReportParser.Parse(new SourceDocument(path, text)).Report;

    /// <summary>Lines joined with LF, so a test reads as the report does.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";
}
