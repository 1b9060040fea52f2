using Meeting.Diagnostics;

namespace Meeting.Build;

/// <summary>
/// The keyword index's warnings across meetings. A listed term that one meeting lacks is normal in an archive;
/// only a term that occurs in no meeting at all is worth the editor's attention, so a warning is kept when every
/// meeting gave it.
/// </summary>
internal static class IndexWarnings
{
    public static IEnumerable<Diagnostic> Of(IReadOnlyList<IReadOnlyList<Diagnostic>> meetings) =>
        meetings
            .SelectMany(m => m.Distinct())
            .GroupBy(w => w)
            .Where(g => g.Count() == meetings.Count)
            .Select(g => g.Key)
            .OrderBy(w => w.Path, StringComparer.Ordinal)
            .ThenBy(w => w.Line)
            .ThenBy(w => w.Column);
}
