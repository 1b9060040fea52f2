using Meeting.Index;
using Meeting.Model;

namespace Meeting.Plan;

/// <summary>
/// Where each page lives, relative to the site root. One place decides every URL, so links and files agree.
/// Every path names a file (…/index.html, never …/), so the site works from disk.
/// </summary>
public static class SitePaths
{
    public const string Archive = "index.html";
    public const string NotFound = "404.html";
    public const string Stylesheet = "assets/style.css";

    public static string Home(MeetingReport m) => $"{m.Slug}/index.html";

    public static string Part(MeetingReport m, Section s) => $"{m.Slug}/{s.Slug}/index.html";

    public static string Item(MeetingReport m, Section s, Item i) => $"{m.Slug}/{s.Slug}/{i.Ordinal}.html";

    public static string FullText(MeetingReport m) => $"{m.Slug}/text.html";

    public static string Sentence(MeetingReport m, string sentenceId) => $"{FullText(m)}#{sentenceId}";

    public static string Keywords(MeetingReport m) => $"{m.Slug}/terms/index.html";

    public static string Term(MeetingReport m, TermEntry t) => Term(m.Slug, t.Slug);

    public static string Term(string meetingSlug, string termSlug) => $"{meetingSlug}/terms/{termSlug}.html";

    public static string Data(MeetingReport m) => $"{m.Slug}/meeting.json";

    /// <summary>The meeting as CSL-JSON, for reference managers.</summary>
    public static string Citations(MeetingReport m) => $"{m.Slug}/meeting.csl.json";

    public const string ArchiveKeywords = "terms/index.html";

    public static string ArchiveTerm(string termSlug) => $"terms/{termSlug}.html";
}
