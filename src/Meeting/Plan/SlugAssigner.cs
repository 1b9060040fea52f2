using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Plan;

/// <summary>
/// Gives every meeting its own folder. Two meetings on the same date get 2024-01-11 and 2024-01-11-2, in the
/// order of their file paths, so the folders are stable. Two reports whose front matter asks for the same slug
/// is the editor's mistake and an error.
/// </summary>
public static class SlugAssigner
{
    public static IReadOnlyList<MeetingReport> Assign(IReadOnlyList<MeetingReport> reports)
    {
        var chosen = reports.Where(HasChosenSlug).GroupBy(r => r.Slug, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (chosen is not null)
        {
            var second = chosen.Skip(1).First();
            var first = chosen.First();
            var line = second.Source.Text.Split('\n').TakeWhile(l => !l.StartsWith("slug:", StringComparison.Ordinal)).Count() + 1;
            throw new MeetingException(Diagnostic.Error(second.Source.Path, line, 1,
                $"the slug `{second.Slug}` is already taken by {first.Source.Path}",
                "give each report its own slug: each meeting needs a folder of its own"));
        }

        var taken = new HashSet<string>(reports.Where(HasChosenSlug).Select(r => r.Slug), StringComparer.OrdinalIgnoreCase);
        var result = new List<MeetingReport>();
        foreach (var report in reports.OrderBy(r => r.Source.Path, StringComparer.Ordinal))
        {
            if (HasChosenSlug(report))
            {
                result.Add(report);
                continue;
            }

            var slug = report.Slug;
            for (var n = 2; !taken.Add(slug); n++)
            {
                slug = $"{report.Slug}-{n}";
            }

            result.Add(report with { Slug = slug });
        }

        return result;
    }

    private static bool HasChosenSlug(MeetingReport report) => report.SlugChosen;
}
