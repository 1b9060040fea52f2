using System.Globalization;
using System.Text;

namespace Meeting.Corpus.Hugo;

/// <summary>
/// Turns report files into a Hugo content folder: <c>reports/NAME.md</c> with YAML front matter
/// (title, date, place, keywords) and the paragraphs as Markdown paragraphs.
/// </summary>
public static class HugoPageWriter
{
    public static void WriteAll(IEnumerable<string> reportPaths, string contentFolder)
    {
        var reports = Path.Combine(contentFolder, "reports");
        Directory.CreateDirectory(reports);
        File.WriteAllText(Path.Combine(reports, "_index.md"), "---\ntitle: \"会议报告\"\n---\n", new UTF8Encoding(false));
        foreach (var path in reportPaths)
        {
            var facts = ReportFacts.Read(File.ReadAllBytes(path));
            var page = Path.Combine(reports, Path.GetFileNameWithoutExtension(path) + ".md");
            File.WriteAllText(page, Page(facts), new UTF8Encoding(false));
        }
    }

    public static string Page(ReportFacts facts)
    {
        var page = new StringBuilder();
        page.Append("---\n");
        page.Append("title: ").Append(Quote(facts.Title)).Append('\n');
        if (facts.Date is { } date)
        {
            page.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }
        if (facts.Place is { } place)
        {
            page.Append("place: ").Append(Quote(place)).Append('\n');
        }
        var keywords = KeywordPicker.Pick(string.Join("\n", facts.Paragraphs));
        page.Append("keywords: [").Append(string.Join(", ", keywords.Select(Quote))).Append("]\n");
        page.Append("---\n");
        foreach (var paragraph in facts.Paragraphs)
        {
            page.Append('\n').Append(paragraph).Append('\n');
        }
        return page.ToString();
    }

    // YAML double-quoted scalar: only backslash and the ASCII double quote need escaping.
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
