using System.Security.Cryptography;
using System.Text;
using Meeting.Plan;

namespace Meeting.Build;

/// <summary>
/// Everything a meeting's pages are made from, as one hash, known without reading its model: the model and
/// keyword index (by the hash of their stored form, which holds the source too), the folder it was given, the
/// pages its first and last page lead to and the newer and older meeting its home names (which reach into the
/// neighbouring meetings), how many meetings the archive has and whether it has a feed, the templates, the base
/// URL and the generator itself. Two builds with the same key render the same bytes.
/// </summary>
internal static class MeetingKey
{
    public static string Of(MeetingSummary meeting, SitePlan plan, string templatesHash, bool hasFeed)
    {
        var text = new StringBuilder();
        text.Append(GeneratorIdentity.Value).Append('\n').Append(templatesHash).Append('\n').Append(plan.BaseUrl).Append('\n');
        text.Append(plan.Meetings.Count).Append(' ').Append(hasFeed).Append('\n');
        text.Append(meeting.Slug).Append('\n').Append(meeting.ModelHash).Append('\n');
        var at = plan.PositionOf(meeting.Slug);
        Link(text, plan.Before(at));
        Link(text, plan.After(at));
        Link(text, at > 0 ? plan.Meetings[at - 1].FirstPage : null);
        Link(text, at < plan.Meetings.Count - 1 ? plan.Meetings[at + 1].FirstPage : null);
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
}
