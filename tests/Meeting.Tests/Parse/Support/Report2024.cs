using Meeting.Load;
using Meeting.Model;
using Meeting.Parse;

namespace Meeting.Tests.Parse.Support;

/// <summary>The 2024 report as published, read and parsed once for all the tests that look at it.</summary>
public static class Report2024
{
    private static readonly Lazy<ParseResult> Parsed = new(() => ReportParser.Parse(ReportFileReader.Read(RepositoryFiles.Report2024)));

    public static MeetingReport Model => Parsed.Value.Report;

    public static IReadOnlyList<Meeting.Diagnostics.Diagnostic> Warnings => Parsed.Value.Warnings;

    public static Section Part(SectionKind kind) =>
        Model.Find(kind) ?? throw new Xunit.Sdk.XunitException($"no {kind} part in the 2024 report");
}
