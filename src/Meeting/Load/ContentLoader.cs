using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Load;

/// <summary>
/// Reads <c>content/</c>: every <c>.txt</c>, <c>.md</c> and saved web page (<c>.html</c>) below it is a report; <c>_keywords.txt</c> is the
/// editor's keyword list. Hidden files (.DS_Store, .gitkeep) are passed over; any other file is an error, so a
/// PDF dropped in by mistake is noticed rather than ignored.
/// </summary>
public static class ContentLoader
{
    public const string KeywordListName = "_keywords.txt";
    private static readonly string[] ReportExtensions = [".txt", ".md", ".html", ".htm"];

    public static LoadedContent Load(string contentDir)
    {
        var found = Find(contentDir);
        return new LoadedContent(found.Reports.Select(ReportFileReader.Read).ToList(), found.KeywordList);
    }

    /// <summary>The report files of <c>content/</c> in path order, unread (a large archive is read one report at a time), and the keyword list, read.</summary>
    public static ContentFiles Find(string contentDir)
    {
        var shownDir = DisplayPath.Of(contentDir);
        if (!Directory.Exists(contentDir))
        {
            throw new MeetingException(Diagnostic.About(shownDir, "the content folder does not exist",
                "run from the repository's top folder, or pass --content DIR"));
        }

        var reports = new List<string>();
        SourceDocument? keywords = null;
        foreach (var file in Files(contentDir))
        {
            var name = Path.GetFileName(file);
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (name == KeywordListName)
            {
                keywords = ReportFileReader.Read(file);
            }
            else if (name.StartsWith('_'))
            {
                throw new MeetingException(Diagnostic.About(DisplayPath.Of(file), $"unknown special file `{name}`",
                    $"the only special file is {KeywordListName}; a report's name does not start with _"));
            }
            else if (ReportExtensions.Contains(extension))
            {
                reports.Add(file);
            }
            else
            {
                throw new MeetingException(Diagnostic.About(DisplayPath.Of(file),
                    $"unknown kind of file `{(extension.Length > 0 ? extension : name)}` in the content folder",
                    $"the content folder holds reports (.txt as published, .md with front matter, .html saved from a news site) and {KeywordListName}; move other files elsewhere"));
            }
        }

        if (reports.Count == 0)
        {
            throw new MeetingException(Diagnostic.About(shownDir, "the content folder holds no report",
                "put a report (.txt as published, or .md with front matter) into it"));
        }

        return new ContentFiles(reports, keywords);
    }

    // Sorted by path, so that the order of meetings on the same date never depends on the file system.
    private static IEnumerable<string> Files(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(dir, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
}
