using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>Says what of the meeting's facts the text did not give, and how the editor supplies it.</summary>
internal static class MetadataWarnings
{
    public static IEnumerable<Diagnostic> Of(string path, int line, int column, MeetingReport report)
    {
        if (report.Date is null)
        {
            yield return Diagnostic.Warning(path, line, column,
                "no date was found (such as 1月11日 with the year in the title)",
                $"the meeting's folder is named `{report.Slug}`; set `date:` in front matter to fix it");
        }
    }
}
