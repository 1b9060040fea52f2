using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Meeting.Model;

namespace Meeting.Export;

/// <summary>
/// A meeting as CSL-JSON (the Citation Style Language's data format), for reference managers: Zotero, Mendeley
/// and citeproc-based tools import it. One item, a web page: the report as published (its publisher, address
/// and date where known) with the meeting as its event. Built as a JSON tree, not by reflection, so the
/// generator also runs compiled ahead of time.
/// </summary>
public static class CslJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <param name="meeting">The report.</param>
    /// <param name="archiveAddress">The meeting's home in the published archive, or null without a base URL.</param>
    public static string Serialize(MeetingReport meeting, string? archiveAddress)
    {
        var publication = meeting.Publication;
        var item = new JsonObject
        {
            ["id"] = meeting.Slug,
            ["type"] = "webpage",
            ["title"] = meeting.Title,
            ["container-title"] = publication.Publisher,
            ["URL"] = publication.Url ?? archiveAddress,
            ["issued"] = DateParts(publication.Published),
            ["event-title"] = meeting.Title,
            ["event-date"] = DateParts(meeting.Date, meeting.EndDate),
            ["event-place"] = meeting.Place,
            ["language"] = "zh-CN",
        };

        // CSL-JSON leaves unknown values out rather than writing null.
        foreach (var key in item.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            item.Remove(key);
        }

        return new JsonArray(item).ToJsonString(Options) + "\n";
    }

    // {"date-parts": [[2024, 1, 11]]}, or a range [[2024, 1, 11], [2024, 1, 12]].
    private static JsonObject? DateParts(DateOnly? from, DateOnly? to = null)
    {
        if (from is not { } start)
        {
            return null;
        }

        var parts = new JsonArray(Parts(start));
        if (to is { } end && end != start)
        {
            parts.Add((JsonNode)Parts(end)); // the JsonNode overload: the generic one is not safe for trimming (Native AOT)
        }

        return new JsonObject { ["date-parts"] = parts };
    }

    private static JsonArray Parts(DateOnly date) => new(date.Year, date.Month, date.Day);
}
