using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Meeting.Index;
using Meeting.Model;

namespace Meeting.Export;

/// <summary>
/// The meeting as data: what <c>meeting parse</c> prints and what the site writes as <c>meeting.json</c>.
/// A stable, documented shape (camelCase), independent of the model's C# names.
/// </summary>
public static class MeetingJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Chinese stays readable; <, >, & and quotes are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public sealed record TermJson(string Term, string Letter, int Count, IReadOnlyList<OccurrenceJson> Occurrences, IReadOnlyList<string> SeeAlso, IReadOnlyList<string> Related);

    public sealed record OccurrenceJson(string Page, string Anchor, string Form);

    /// <summary>The model alone (no index): for <c>meeting parse</c>.</summary>
    public static string Serialize(MeetingReport meeting) => JsonSerializer.Serialize(Shape(meeting, null), Options) + "\n";

    /// <summary>The model and its keyword index; <paramref name="terms"/> give each occurrence's page and anchor.</summary>
    public static string Serialize(MeetingReport meeting, IReadOnlyList<TermJson> terms) =>
        JsonSerializer.Serialize(Shape(meeting, terms), Options) + "\n";

    private static object Shape(MeetingReport m, IReadOnlyList<TermJson>? terms) => new
    {
        title = m.Title,
        date = m.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        slug = m.Slug,
        place = m.Place,
        format = m.Format,
        speaker = m.Speaker is null ? null : new { name = m.Speaker.Name, role = m.Speaker.Role },
        source = m.SourceNote,
        sections = m.Sections.Select(s => new
        {
            kind = s.Kind.ToString().ToLowerInvariant(),
            slug = s.Slug,
            title = s.Title,
            paragraphs = s.Paragraphs,
            lead = string.Concat(s.Lead.Select(x => x.Text)),
            items = s.Items.Select(i => new
            {
                ordinal = i.Ordinal,
                marker = i.Marker,
                heading = i.Heading,
                text = i.Text,
                sentences = i.Sentences.Select(x => x.Id),
            }),
            closing = string.Concat(s.Closing.Select(x => x.Text)),
        }),
        attendees = m.Attendees.Select(a => new { name = a.Name, role = a.Role, sentence = a.SentenceId }),
        sentences = m.Sentences.Select(s => new { id = s.Id, text = s.Text }),
        index = terms,
    };
}
