using System.Security.Cryptography;
using System.Text;
using Meeting.Plan;

namespace Meeting.Build;

/// <summary>
/// Everything a meeting's pages are made from, as one hash: its model and keyword index (the text of its
/// meeting.json, which holds both, and its source), every page's path, title, breadcrumbs and previous/next (which
/// reach into the neighbouring meetings), its newer and older meeting, how many meetings the archive has, the
/// templates, the base URL and the generator itself. Two builds with the same key render the same bytes.
/// </summary>
internal static class MeetingKey
{
    public static string Of(SiteMeeting meeting, string dataJson, IEnumerable<PlannedPage> pages, SitePlan plan, string templatesHash, Uri? baseUrl)
    {
        var text = new StringBuilder();
        text.Append(GeneratorIdentity.Value).Append('\n').Append(templatesHash).Append('\n').Append(baseUrl).Append('\n');
        text.Append(plan.Meetings.Count).Append('\n').Append(meeting.Report.Source.Path).Append('\n').Append(meeting.Report.Source.Text).Append('\n');
        text.Append(dataJson).Append('\n');
        var at = plan.PositionOf(meeting.Slug);
        Link(text, at > 0 ? plan.Meetings[at - 1].Report : null);
        Link(text, at < plan.Meetings.Count - 1 ? plan.Meetings[at + 1].Report : null);
        foreach (var page in pages)
        {
            text.Append(page.Kind).Append(' ').Append(page.Path).Append(' ').Append(page.Title).Append('\n');
            Link(text, page.Previous);
            Link(text, page.Next);
            foreach (var crumb in page.Breadcrumbs)
            {
                Link(text, crumb);
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Every file of the templates folder, names and bytes, as one hash.</summary>
    public static string OfFolder(string dir)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(dir, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Link(StringBuilder text, PageLink? link) => text.Append(link?.Path).Append(' ').Append(link?.Title).Append('\n');

    private static void Link(StringBuilder text, Model.MeetingReport? meeting) => text.Append(meeting?.Slug).Append(' ').Append(meeting?.Title).Append('\n');
}
