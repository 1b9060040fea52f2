using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Meeting.Model;

namespace Meeting.Export;

/// <summary>
/// The meeting as data: what <c>meeting parse</c> prints and what the site writes as <c>meeting.json</c>.
/// A stable, documented shape (camelCase), independent of the model's C# names. Built as a JSON tree rather
/// than by reflection, so the generator also runs compiled ahead of time (Native AOT).
/// </summary>
public static class MeetingJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Chinese stays readable; <, >, & and quotes are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public sealed record TermJson(string Term, string Letter, int Count, IReadOnlyList<OccurrenceJson> Occurrences, IReadOnlyList<string> SeeAlso, IReadOnlyList<string> Related);

    public sealed record OccurrenceJson(string Page, string Anchor, string Form);

    /// <summary>The model alone (no index): for <c>meeting parse</c>.</summary>
    public static string Serialize(MeetingReport meeting) => Shape(meeting, null).ToJsonString(Options) + "\n";

    /// <summary>The model and its keyword index; <paramref name="terms"/> give each occurrence's page and anchor.</summary>
    public static string Serialize(MeetingReport meeting, IReadOnlyList<TermJson> terms) =>
        Shape(meeting, terms).ToJsonString(Options) + "\n";

    private static JsonObject Shape(MeetingReport m, IReadOnlyList<TermJson>? terms)
    {
        var json = new JsonObject
        {
            ["title"] = m.Title,
            ["date"] = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["slug"] = m.Slug,
            ["place"] = m.Place,
            ["format"] = m.Format,
            ["organizer"] = m.Organizer,
            ["speaker"] = m.Speaker is null ? null : new JsonObject { ["name"] = m.Speaker.Name, ["role"] = m.Speaker.Role },
            ["speakers"] = Array(m.Speakers.Select(s => new JsonObject { ["name"] = s.Name, ["role"] = s.Role, ["act"] = s.Act })),
            ["source"] = m.Publication.Publisher,
            ["url"] = m.Publication.Url,
            ["published"] = m.Publication.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["endDate"] = m.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sections"] = Array(m.Sections.Select(Section)),
            ["attendees"] = Array(m.Attendees.Select(a => new JsonObject { ["name"] = a.Name, ["role"] = a.Role, ["sentence"] = a.SentenceId })),
            ["sentences"] = Array(m.Sentences.Select(s => new JsonObject { ["id"] = s.Id, ["text"] = s.Text })),
        };
        if (terms is not null)
        {
            json["index"] = Array(terms.Select(Term));
        }

        // Absent values are left out rather than written as null, as readers of the file expect.
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            json.Remove(key);
        }

        return json;
    }

    private static JsonObject Section(Section s) => new()
    {
        ["kind"] = s.Kind.ToString().ToLowerInvariant(),
        ["slug"] = s.Slug,
        ["title"] = s.Title,
        ["paragraphs"] = Array(s.Paragraphs.Select(p => JsonValue.Create(p))),
        ["lead"] = string.Concat(s.Lead.Select(x => x.Text)),
        ["items"] = Array(s.Items.Select(i => new JsonObject
        {
            ["ordinal"] = i.Ordinal,
            ["marker"] = i.Marker,
            ["heading"] = i.Heading,
            ["text"] = i.Text,
            ["sentences"] = Array(i.Sentences.Select(x => JsonValue.Create(x.Id))),
        })),
        ["closing"] = string.Concat(s.Closing.Select(x => x.Text)),
    };

    private static JsonObject Term(TermJson t) => new()
    {
        ["term"] = t.Term,
        ["letter"] = t.Letter,
        ["count"] = t.Count,
        ["occurrences"] = Array(t.Occurrences.Select(o => new JsonObject { ["page"] = o.Page, ["anchor"] = o.Anchor, ["form"] = o.Form })),
        ["seeAlso"] = Array(t.SeeAlso.Select(x => JsonValue.Create(x))),
        ["related"] = Array(t.Related.Select(x => JsonValue.Create(x))),
    };

    private static JsonArray Array(IEnumerable<JsonNode?> nodes) => new(nodes.ToArray());
}
