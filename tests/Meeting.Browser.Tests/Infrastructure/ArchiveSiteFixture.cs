using System.Text.Json;
using System.Text.RegularExpressions;
using Meeting.Build;
using Xunit;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>
/// An archive of many meetings: the 173 reports of the genre corpus (tests/Meeting.Tests/Fixtures/genre) with the
/// keyword list of content/, built once. Its meetings span two decades and some have no date, so its search index
/// has three volumes, and a common phrase has more results than one page shows. What a test expects comes from
/// the site a reader sees (the home page's order of meetings) and the model each meeting exports (meeting.json),
/// never from the search index.
/// </summary>
public sealed partial class ArchiveSiteFixture : IDisposable
{
    private readonly string content = Path.Combine(Path.GetTempPath(), "meeting-archive-content-" + Guid.NewGuid().ToString("N"));

    public string SiteDir { get; } = Path.Combine(Path.GetTempPath(), "meeting-archive-" + Guid.NewGuid().ToString("N"));

    /// <summary>The meetings' slugs as the archive's home page lists them: newest first.</summary>
    public IReadOnlyList<string> Meetings { get; }

    private readonly Dictionary<string, (string Title, List<(string Id, string Text)> Sentences)> models = new(StringComparer.Ordinal);

    public ArchiveSiteFixture()
    {
        var root = RepositoryRoot.Find();
        Directory.CreateDirectory(content);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests", "Meeting.Tests", "Fixtures", "genre")))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".outline.txt", StringComparison.Ordinal) || name == "README.md") continue;
            File.Copy(file, Path.Combine(content, name));
        }
        File.Copy(Path.Combine(root, "content", "_keywords.txt"), Path.Combine(content, "_keywords.txt"));
        SiteBuilder.Build(new BuildOptions(content, Path.Combine(root, "templates"), SiteDir));

        Meetings = HomeLinks().Matches(File.ReadAllText(Path.Combine(SiteDir, "index.html"))).Select(m => m.Groups[1].Value).ToList();
        foreach (var slug in Meetings)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SiteDir, slug, "meeting.json")));
            var sentences = json.RootElement.GetProperty("sentences").EnumerateArray()
                .Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("text").GetString()!)).ToList();
            models[slug] = (json.RootElement.GetProperty("title").GetString()!, sentences);
        }
    }

    public string Title(string slug) => models[slug].Title;

    /// <summary>
    /// Every sentence that holds every word, as (meeting, sentence id), in the order a reader expects them: meetings
    /// as the home page lists them, sentences in reading order. Words are compared as typed (the tests use Chinese).
    /// </summary>
    public List<(string Meeting, string Sentence)> SentencesWith(params string[] words) =>
        Meetings.SelectMany(slug => models[slug].Sentences
                .Where(s => words.All(w => s.Text.Contains(w, StringComparison.Ordinal)))
                .Select(s => (slug, s.Id)))
            .ToList();

    public string Url(string relativePath) => new Uri(Path.Combine(SiteDir, relativePath)).AbsoluteUri;

    /// <summary>A result's link back as (meeting, sentence id): "2024-01-11/text.html#s4-10".</summary>
    public (string Meeting, string Sentence) Target(string href)
    {
        var uri = new Uri(href);
        var relative = Path.GetRelativePath(SiteDir, Uri.UnescapeDataString(uri.AbsolutePath)).Replace(Path.DirectorySeparatorChar, '/');
        Assert.EndsWith("/text.html", relative);
        return (relative[..relative.IndexOf('/', StringComparison.Ordinal)], Uri.UnescapeDataString(uri.Fragment.TrimStart('#')));
    }

    [GeneratedRegex("<a class=\"meeting-title\" href=\"([^\"/]+)/index\\.html\"")]
    private static partial Regex HomeLinks();

    public void Dispose()
    {
        foreach (var dir in new[] { SiteDir, content })
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
