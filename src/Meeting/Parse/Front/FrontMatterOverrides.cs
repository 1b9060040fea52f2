using System.Globalization;
using System.Text.RegularExpressions;
using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The front matter values by which an editor corrects a reading without touching code:
/// <c>paragraph-4: requirements</c> (the kind of a paragraph's part) and
/// <c>speaker: 王强（省教育厅厅长）；李明（副省长）</c> (who spoke, with their posts).
/// </summary>
internal static partial class FrontMatterOverrides
{
    private static readonly Dictionary<string, SectionKind> KindNames = Enum.GetValues<SectionKind>()
        .ToDictionary(k => k.ToString().ToLowerInvariant(), k => k, StringComparer.Ordinal);

    public static bool IsParagraphKey(string key) => ParagraphKey().IsMatch(key);

    public static IReadOnlyList<KindOverride> Kinds(string path, Dictionary<string, (string Value, int Line, int Column)> values)
    {
        var kinds = new List<KindOverride>();
        foreach (var (key, (value, line, column)) in values.Where(v => IsParagraphKey(v.Key)).OrderBy(v => v.Value.Line))
        {
            var paragraph = int.Parse(ParagraphKey().Match(key).Groups[1].Value, CultureInfo.InvariantCulture);
            if (!KindNames.TryGetValue(value.Trim().ToLowerInvariant(), out var kind))
            {
                throw new MeetingException(Diagnostic.Error(path, line, column,
                    $"`{value}` is not a kind of part",
                    $"the kinds are {string.Join(", ", KindNames.Keys)}; e.g. {key}: requirements"));
            }

            kinds.Add(new KindOverride(paragraph, kind, line, column));
        }

        return kinds;
    }

    public static IReadOnlyList<Speaker>? Speakers(string path, (string Value, int Line, int Column) entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Value))
        {
            return null;
        }

        var speakers = new List<Speaker>();
        foreach (var part in entry.Value.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = SpeakerEntry().Match(part);
            if (!match.Success)
            {
                throw new MeetingException(Diagnostic.Error(path, entry.Line, entry.Column,
                    $"`{part}` is not a speaker",
                    "write the name, then the posts in brackets; separate speakers with ；, e.g. speaker: 王强（省教育厅厅长）；李明（副省长）"));
            }

            speakers.Add(new Speaker(match.Groups["name"].Value.Trim(), match.Groups["posts"].Value.Trim()));
        }

        return speakers;
    }

    [GeneratedRegex(@"^paragraph-([1-9][0-9]{0,3})$")]
    private static partial Regex ParagraphKey();

    [GeneratedRegex(@"^(?<name>[^（(）)]+?)\s*(?:[（(](?<posts>[^）)]*)[）)])?$")]
    private static partial Regex SpeakerEntry();
}
