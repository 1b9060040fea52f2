using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Meeting.Model;

namespace Meeting.Publish;

/// <summary>
/// JSON-LD (schema.org) for search engines, written only with a base URL: the archive root is a WebSite, every
/// other page an Article about the meeting, and the meeting's home also describes the meeting as an Event with
/// its dates, place and organizer. What the report does not say is left out, never guessed.
/// </summary>
public static class LinkedData
{
    // <, > and & are escaped (\u003C …), so the text can never close the script element that holds it.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public const string Context = "https://schema.org";

    public static string WebSite(string name, string description, string address) => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["name"] = name,
        ["description"] = description,
        ["url"] = address,
        ["inLanguage"] = "zh-CN",
    });

    /// <param name="headline">The page's title.</param>
    /// <param name="address">The page's address.</param>
    /// <param name="site">The archive's name and address, which the page is part of.</param>
    /// <param name="meeting">The meeting the page is about, or null for a page of the whole archive.</param>
    /// <param name="homeAddress">The meeting's home, where its Event is described; with <paramref name="withEvent"/> this is that page.</param>
    /// <param name="withEvent">True on the meeting's home: the Event itself is described there.</param>
    public static string Article(string headline, string address, (string Name, string Address) site, MeetingReport? meeting, string? homeAddress, bool withEvent)
    {
        var article = new JsonObject
        {
            ["@type"] = "Article",
            ["headline"] = headline,
            ["url"] = address,
            ["mainEntityOfPage"] = address,
            ["inLanguage"] = "zh-CN",
            ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = site.Name, ["url"] = site.Address },
        };
        if (meeting is not null && homeAddress is not null)
        {
            article["about"] = new JsonObject { ["@id"] = EventId(homeAddress) };
            Add(article, "datePublished", Iso(meeting.Publication.Published));
            Add(article, "isBasedOn", meeting.Publication.Url);
            if (meeting.Publication.Publisher is { } publisher)
            {
                article["sourceOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
            }
        }

        var graph = new JsonArray(article);
        if (withEvent && meeting is not null && homeAddress is not null)
        {
            graph.Add((JsonNode)Event(meeting, homeAddress)); // the JsonNode overload: the generic one is not safe for trimming (Native AOT)
        }

        return Write(new JsonObject { ["@context"] = Context, ["@graph"] = graph });
    }

    private static JsonObject Event(MeetingReport meeting, string homeAddress)
    {
        var node = new JsonObject
        {
            ["@type"] = "Event",
            ["@id"] = EventId(homeAddress),
            ["name"] = meeting.Title,
            ["url"] = homeAddress,
            ["inLanguage"] = "zh-CN",
        };
        Add(node, "startDate", Iso(meeting.Date));
        Add(node, "endDate", Iso(meeting.EndDate ?? meeting.Date));
        if (meeting.Place is { } place)
        {
            node["location"] = new JsonObject { ["@type"] = "Place", ["name"] = place, ["address"] = place };
        }

        if (meeting.Organizer is { } organizer)
        {
            node["organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = organizer };
        }

        if (meeting.Speakers.Count > 0)
        {
            node["performer"] = new JsonArray(meeting.Speakers.Select(s =>
            {
                var person = new JsonObject { ["@type"] = "Person", ["name"] = s.Name };
                Add(person, "jobTitle", string.IsNullOrWhiteSpace(s.Role) ? null : s.Role);
                return (JsonNode)person;
            }).ToArray());
        }

        return node;
    }

    private static string EventId(string homeAddress) => homeAddress + "#event";

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Add(JsonObject node, string key, string? value)
    {
        if (value is not null)
        {
            node[key] = value;
        }
    }

    private static string Write(JsonObject node) => node.ToJsonString(Options);
}
