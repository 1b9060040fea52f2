using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>Warns of what a report of this genre usually has and this one lacks: the reader may want to check the text.</summary>
internal static class MissingParts
{
    private static readonly SectionKind[] Expected = [SectionKind.Opening, SectionKind.Tasks, SectionKind.Attendees];

    public static IReadOnlyList<Diagnostic> Warn(MeetingReport report)
    {
        var warnings = Expected
            .Where(kind => report.Find(kind) is null)
            .Select(kind => Diagnostic.Warning(report.Source.Path, 1, 1,
                $"no {kind.ToString().ToLowerInvariant()} part was recognised",
                "check the report's text; the paragraph is kept as an `other` part"))
            .ToList();
        if (report.Date is null)
        {
            warnings.Add(Diagnostic.Warning(report.Source.Path, 1, 1,
                "no date was found (such as 1月11日 with the year in the title)",
                $"the meeting's folder is named `{report.Slug}`; set `date:` in front matter to fix it"));
        }

        return warnings;
    }
}
