namespace Meeting.Tests.Parse.Genre;

/// <summary>
/// An outline (Fixtures/genre/README.md) cut into the fields an editor checks one by one, so that a reading can
/// be scored field by field: the date, place, format, speakers, the kinds of parts, the item counts, the headings
/// and the attendee groups with their roles.
/// </summary>
public sealed record OutlineFields(
    string Date,
    string EndDate,
    string Place,
    string Format,
    string Speakers,
    string Kinds,
    string ItemCounts,
    string Headings,
    string AttendeeRoles,
    string Attendees)
{
    public static readonly IReadOnlyList<string> Names =
        ["date", "end-date", "place", "format", "speakers", "kinds", "item counts", "headings", "attendee roles", "attendees"];

    public IReadOnlyList<string> Values => [Date, EndDate, Place, Format, Speakers, Kinds, ItemCounts, Headings, AttendeeRoles, Attendees];

    public static OutlineFields Of(string outline)
    {
        var lines = outline.Replace("\r\n", "\n").Split('\n');
        string Head(string key) => lines.FirstOrDefault(l => l.StartsWith(key + ": ", StringComparison.Ordinal))?[(key.Length + 2)..].Trim() ?? "(none)";

        var speakers = lines.Where(l => l.StartsWith("speaker: ", StringComparison.Ordinal)).Select(l => l[9..].Split('|')[0].Trim());
        var parts = new List<(string Kind, int Count, List<string> Headings)>();
        var attendees = new List<string>();
        var inAttendees = false;
        foreach (var line in lines.SkipWhile(l => l.Length > 0))
        {
            if (line.StartsWith("attendees:", StringComparison.Ordinal))
            {
                inAttendees = true;
            }
            else if (inAttendees && line.StartsWith("  ", StringComparison.Ordinal))
            {
                attendees.Add(line.Trim());
            }
            else if (!inAttendees && line.Length > 0 && !line.StartsWith(' '))
            {
                var kind = line.Split(' ')[0];
                var open = line.LastIndexOf('(');
                var count = open > 0 && line.EndsWith(')') ? int.Parse(line[(open + 1)..^1]) : 0;
                parts.Add((kind, count, []));
            }
            else if (!inAttendees && line.StartsWith("  ", StringComparison.Ordinal) && parts.Count > 0)
            {
                parts[^1].Headings.Add(line.Trim());
            }
        }

        return new OutlineFields(
            Head("date"),
            Head("end-date"),
            Head("place"),
            Head("format"),
            string.Join("、", speakers),
            string.Join(" ", parts.Select(p => p.Kind)),
            string.Join(" ", parts.Where(p => p.Count > 0).Select(p => $"{p.Kind}:{p.Count}")),
            string.Join(" / ", parts.SelectMany(p => p.Headings)),
            string.Join(" ", attendees.Select(a => a.Split(' ')[0])),
            string.Join(" / ", attendees));
    }
}
