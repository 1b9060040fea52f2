using System.Text.RegularExpressions;

namespace Meeting.Tests.Parse.Genre.Measurement;

/// <summary>
/// The fields of an outline that the issue judges a reading by, each as a comparable string: date (with the end
/// date), place, format, speakers, kinds of parts (kind and paragraphs), item counts, headings, attendee roles,
/// attendee groups (role and name).
/// </summary>
public static partial class OutlineFields
{
    public static readonly IReadOnlyList<string> Names =
        ["date", "place", "format", "speaker", "kinds of parts", "item counts", "headings", "attendee roles", "attendee groups"];

    public static IReadOnlyDictionary<string, string> Of(string outline)
    {
        var lines = outline.ReplaceLineEndings("\n").Split('\n');
        var head = lines.TakeWhile(l => l.Length > 0).ToList();
        var body = lines.SkipWhile(l => l.Length > 0).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        var tail = lines.SkipWhile(l => l.Length > 0).Skip(1).SkipWhile(l => l.Length > 0).Skip(1).Where(l => l.Length > 0).ToList();
        var partLines = body.Where(l => !l.StartsWith(' ')).ToList();
        var groups = tail.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();

        return new Dictionary<string, string>
        {
            ["date"] = Lines(head, "date:", "end-date:"),
            ["place"] = Lines(head, "place:"),
            ["format"] = Lines(head, "format:"),
            ["speaker"] = Lines(head, "speaker:"),
            ["kinds of parts"] = string.Join("\n", partLines.Select(l => Count().Replace(l, ""))),
            ["item counts"] = string.Join(" ", partLines.Select(l => Count().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)),
            ["headings"] = string.Join("\n", body.Where(l => l.StartsWith(' '))),
            ["attendee roles"] = string.Join(" ", groups.Select(g => g.Split(' ')[0])),
            ["attendee groups"] = string.Join("\n", groups),
        };
    }

    private static string Lines(List<string> head, params string[] prefixes) =>
        string.Join("\n", head.Where(l => prefixes.Any(p => l.StartsWith(p, StringComparison.Ordinal))));

    [GeneratedRegex(@" \((\d+)\)$")]
    private static partial Regex Count();
}
