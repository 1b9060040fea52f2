using Meeting.Index;
using Meeting.Model;

namespace Meeting.Tests.Index;

/// <summary>
/// Builds reports by hand for the index tests, so they do not wait for the parser: the first line is the title,
/// each further non-empty line a paragraph, cut into sentences after 。！？； (and a closing quote or bracket).
/// </summary>
internal static class TestReports
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；'];
    private static readonly char[] Closers = ['”', '」', '）', '’'];

    public static MeetingReport From(string text, string slug = "test", DateOnly? date = null, string path = "content/test.txt")
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var paragraphs = new List<Paragraph>();
        var offset = lines[0].Length + 1;
        foreach (var line in lines.Skip(1))
        {
            if (line.Trim().Length > 0)
            {
                var number = paragraphs.Count + 1;
                var sentences = Split(line, offset, number);
                paragraphs.Add(new Paragraph(number, sentences, new TextSpan(offset, line.Length)));
            }

            offset += line.Length + 1;
        }

        return new MeetingReport(new SourceDocument(path, text), slug, lines[0].Trim(), date, null, null, [], Publication.Unknown,
            paragraphs, [], [], []);
    }

    /// <summary>A report of one paragraph holding the given sentences.</summary>
    public static MeetingReport OfSentences(params string[] sentences) => From("标题\n" + string.Concat(sentences));

    public static MeetingReport Real() => From(File.ReadAllText(RepoFile("content/report-2024-national-education-work-conference.txt")),
        "2024-01-11", new DateOnly(2024, 1, 11), "content/report-2024-national-education-work-conference.txt");

    /// <summary>The 2024 report as the real parser reads it.</summary>
    public static MeetingReport Parsed() => Meeting.Parse.ReportParser.Parse(new SourceDocument(
        "content/report-2024-national-education-work-conference.txt",
        File.ReadAllText(RepoFile("content/report-2024-national-education-work-conference.txt")))).Report;

    public static KeywordList RealList() => KeywordListParser.Parse("content/_keywords.txt", File.ReadAllText(RepoFile("content/_keywords.txt")));

    public static KeywordList ListOf(params string[] lines) => KeywordListParser.Parse("content/_keywords.txt", string.Join("\n", lines));

    public static string RepoFile(string relative) => Path.Combine(Meeting.Tests.Parse.Support.RepositoryFiles.Root, relative);

    /// <summary>Counts a form in a text the plain way, overlapping matches included, independently of the indexer.</summary>
    public static int CountOf(string form, string text)
    {
        var count = 0;
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static List<Sentence> Split(string line, int lineOffset, int paragraph)
    {
        var sentences = new List<Sentence>();
        var leading = line.Length - line.TrimStart().Length;
        var start = leading;
        for (var i = leading; i < line.Length; i++)
        {
            var isEnd = Array.IndexOf(SentenceEnds, line[i]) >= 0 || i == line.Length - 1;
            if (!isEnd)
            {
                continue;
            }

            while (i + 1 < line.Length && Array.IndexOf(Closers, line[i + 1]) >= 0)
            {
                i++;
            }

            var text = line[start..(i + 1)];
            sentences.Add(new Sentence($"s{paragraph}-{sentences.Count + 1}", paragraph, text, new TextSpan(lineOffset + start, text.Length)));
            start = i + 1;
        }

        return sentences;
    }
}
