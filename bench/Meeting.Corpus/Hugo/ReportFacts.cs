using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Meeting.Corpus.Hugo;

/// <summary>
/// What a Hugo page needs from a report, read from its text the way a person would: the title line, the
/// date and place from the opening (1月11日，2024年…在北京召开), the paragraphs without their indentation.
/// Read from the file, not from the generator's plan, so the real 2024 report converts the same way.
/// </summary>
public sealed partial record ReportFacts(string Title, DateOnly? Date, string? Place, IReadOnlyList<string> Paragraphs)
{
    [GeneratedRegex(@"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"在([^，。、在]{1,8}?)(?:召开|举行)")]
    private static partial Regex PlacePattern();

    public static ReportFacts Read(byte[] bytes)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        var lines = text.Split('\n')
            .Select(line => line.TrimEnd('\r').Trim(' ', '\u3000', '\t'))
            .Where(line => line.Length > 0)
            .ToList();
        var title = lines.Count > 0 ? lines[0] : "";
        var paragraphs = lines.Skip(1).ToList();
        var opening = paragraphs.FirstOrDefault() ?? "";
        return new ReportFacts(title, DateOf(title, opening), PlaceOf(opening), paragraphs);
    }

    private static DateOnly? DateOf(string title, string opening)
    {
        var match = DatePattern().Match(opening);
        if (!match.Success)
        {
            return null;
        }
        var yearText = match.Groups[1].Success ? match.Groups[1].Value : YearPattern().Match(title + opening).Groups[1].Value;
        if (!int.TryParse(yearText, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static string? PlaceOf(string opening)
    {
        var match = PlacePattern().Match(opening);
        return match.Success ? match.Groups[1].Value : null;
    }
}
