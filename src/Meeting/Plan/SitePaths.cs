using Meeting.Index;
using Meeting.Model;

namespace Meeting.Plan;

/// <summary>
/// Where each page lives, relative to the site root. One place decides every URL, so links and files agree.
/// Every path names a file (…/index.html, never …/), so the site works from disk. Each path is given from the
/// model and from the slugs alone (what a <see cref="MeetingSummary"/> keeps), and both say the same.
/// </summary>
public static class SitePaths
{
    public const string Archive = "index.html";
    public const string NotFound = "404.html";
    public const string Stylesheet = "assets/style.css";

    public static string Home(MeetingReport m) => Home(m.Slug);

    public static string Home(string meetingSlug) => $"{meetingSlug}/index.html";

    public static string Part(MeetingReport m, Section s) => Part(m.Slug, s.Slug);

    public static string Part(string meetingSlug, string sectionSlug) => $"{meetingSlug}/{sectionSlug}/index.html";

    public static string Item(MeetingReport m, Section s, Item i) => Item(m.Slug, s.Slug, i.Ordinal);

    public static string Item(string meetingSlug, string sectionSlug, int ordinal) => $"{meetingSlug}/{sectionSlug}/{ordinal}.html";

    public static string FullText(MeetingReport m) => FullText(m.Slug);

    public static string FullText(string meetingSlug) => $"{meetingSlug}/text.html";

    public static string Sentence(MeetingReport m, string sentenceId) => $"{FullText(m)}#{sentenceId}";

    public static string Keywords(MeetingReport m) => Keywords(m.Slug);

    public static string Keywords(string meetingSlug) => $"{meetingSlug}/terms/index.html";

    public static string Term(MeetingReport m, TermEntry t) => Term(m.Slug, t.Slug);

    public static string Term(string meetingSlug, string termSlug) => $"{meetingSlug}/terms/{termSlug}.html";

    public static string Data(MeetingReport m) => Data(m.Slug);

    public static string Data(string meetingSlug) => $"{meetingSlug}/meeting.json";

    /// <summary>The meeting as CSL-JSON, for reference managers.</summary>
    public static string Citations(MeetingReport m) => Citations(m.Slug);

    public static string Citations(string meetingSlug) => $"{meetingSlug}/meeting.csl.json";

    public const string ArchiveKeywords = "terms/index.html";

    public static string ArchiveTerm(string termSlug) => $"terms/{termSlug}.html";
}
