namespace Meeting.Tests.Site;

/// <summary>What the site tests build archives from: a short second report beside the 2024 one, and the file steps they share.</summary>
public static class SmallArchive
{
    /// <summary>A short report of the genre: an opening, a list of tasks, the attendees.</summary>
    public const string Report2025 = """
        2025年全国教育工作会议召开
        　　1月9日，2025年全国教育工作会议在北京召开。会议强调，要加快建设教育强国。
        　　会议指出，要抓好重点任务。一要深化产教融合。二要推进“双减”。三要发展职业教育。
        　　会议以视频会议形式召开，各省教育厅负责人参加会议。
        """;

    /// <summary>Replaces <paramref name="from"/>, which must be there, as an editor's save would.</summary>
    public static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Xunit.Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Every folder of a site, relative and in order, to compare two sites' shapes.</summary>
    public static List<string> Folders(string site) =>
        Directory.EnumerateDirectories(site, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(site, d)).Order(StringComparer.Ordinal).ToList();
}
