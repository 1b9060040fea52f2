using System.Globalization;
using Meeting.Load;
using Meeting.Model;
using Meeting.Plan;

namespace Meeting.Publish;

/// <summary>
/// feed.xml, an Atom feed (RFC 4287) of the meetings, newest first: each entry links to the meeting's home and
/// carries its summary (the opening paragraph) as its content. An entry's date is the meeting's day, read as
/// a day in China (+08:00); a meeting with no date at all is left out, since an Atom entry must have one. With
/// no dated meeting there is no feed.
/// </summary>
public static class AtomFeed
{
    public const string Path = "feed.xml";
    private const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>True when some meeting has a date, so that there is a feed to link to.</summary>
    public static bool HasEntries(SitePlan plan) => Entries(plan).Any();

    public static byte[]? Write(SitePlan plan, Uri baseUrl, InterfaceStrings strings)
    {
        var entries = Entries(plan).ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        return XmlText.Write(xml =>
        {
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Namespace, baseUrl.AbsoluteUri);
            xml.WriteElementString("title", Namespace, strings["site_name"]);
            xml.WriteElementString("subtitle", Namespace, strings["archive_intro"]);
            xml.WriteElementString("updated", Namespace, Time(entries.Max(e => e.Updated!.Value)));
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, strings["site_name"]);
            xml.WriteEndElement();
            Link(xml, "self", "application/atom+xml", BaseUrl.Of(baseUrl, Path));
            Link(xml, "alternate", "text/html", BaseUrl.Of(baseUrl, SitePaths.Archive));
            xml.WriteElementString("generator", Namespace, "meeting");

            foreach (var (meeting, updated) in entries)
            {
                var home = BaseUrl.Of(baseUrl, SitePaths.Home(meeting.Slug));
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, home);
                xml.WriteElementString("title", Namespace, meeting.Title);
                xml.WriteElementString("updated", Namespace, Time(updated!.Value));
                if (meeting.Publication.Published is { } published)
                {
                    xml.WriteElementString("published", Namespace, Time(published));
                }

                Link(xml, "alternate", "text/html", home);
                if (meeting.Publication.Url is { } original)
                {
                    Link(xml, "via", "text/html", original);
                }

                xml.WriteStartElement("content", Namespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(meeting.Opening);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    private static IEnumerable<(MeetingSummary Meeting, DateOnly? Updated)> Entries(SitePlan plan) =>
        plan.Meetings
            .Select(m => (Meeting: m, Updated: m.Date ?? m.Publication.Published))
            .Where(e => e.Updated is not null);

    /// <summary>The meeting's summary as the home shows it: the opening paragraph, else the first paragraph.</summary>
    public static string Summary(MeetingReport meeting) => MeetingSummary.OpeningOf(meeting);

    private static void Link(System.Xml.XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+08:00";
}
