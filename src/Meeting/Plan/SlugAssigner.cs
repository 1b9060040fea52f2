using Meeting.Diagnostics;

namespace Meeting.Plan;

/// <summary>
/// Gives every meeting its own folder. Two meetings on the same date get 2024-01-11 and 2024-01-11-2, in the
/// order of their file paths, so the folders are stable. Two reports whose front matter asks for the same slug
/// is the editor's mistake and an error.
/// </summary>
public static class SlugAssigner
{
    public static IReadOnlyList<MeetingSummary> Assign(IReadOnlyList<MeetingSummary> reports)
    {
        var chosen = reports.Where(r => r.SlugChosen).GroupBy(r => r.Slug, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (chosen is not null)
        {
            var second = chosen.Skip(1).First();
            var first = chosen.First();
            throw new MeetingException(Diagnostic.Error(second.SourcePath, second.SlugLine, 1,
                $"the slug `{second.Slug}` is already taken by {first.SourcePath}",
                "give each report its own slug: each meeting needs a folder of its own"));
        }

        var taken = new HashSet<string>(reports.Where(r => r.SlugChosen).Select(r => r.Slug), StringComparer.OrdinalIgnoreCase);
        var result = new List<MeetingSummary>();
        foreach (var report in reports.OrderBy(r => r.SourcePath, StringComparer.Ordinal))
        {
            if (report.SlugChosen)
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
}
