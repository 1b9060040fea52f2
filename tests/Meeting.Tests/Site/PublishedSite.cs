using Meeting.Build;
using Xunit;

namespace Meeting.Tests.Site;

/// <summary>
/// An archive built for publishing (<c>--base-url https://example.org/archive/</c>): the 2024 report with its
/// publication in front matter, and a later meeting, so that order and the feed have something to show.
/// </summary>
public sealed class PublishedSite
{
    public const string BaseUrl = "https://example.org/archive/";
    public const string Publisher = "教育部网站";
    public const string Organizer = "教育部";
    public const string OriginalUrl = "https://www.example.gov.cn/news/2024/0111.html";

    public PublishedSite()
    {
        var work = RepoPaths.NewTempDir();
        var content = Path.Combine(work, "content");
        Directory.CreateDirectory(content);
        var report = File.ReadAllText(Path.Combine(RepoPaths.Content, "report-2024-national-education-work-conference.txt"));
        File.WriteAllText(Path.Combine(content, "2024.md"),
            $"---\nsource: {Publisher}\norganizer: {Organizer}\nurl: {OriginalUrl}\npublished: 2024-01-12\n---\n{report}");
        File.WriteAllText(Path.Combine(content, "2025.txt"), SmallArchive.Report2025);
        File.Copy(Path.Combine(RepoPaths.Content, "_keywords.txt"), Path.Combine(content, "_keywords.txt"));
        Dir = Path.Combine(work, "site");
        SiteBuilder.Build(new BuildOptions(content, RepoPaths.Templates, Dir) { BaseUrl = new Uri(BaseUrl) });
    }

    public string Dir { get; }

    public string Read(string path) => File.ReadAllText(Path.Combine(Dir, path));

    /// <summary>Every page's path relative to the site root, with forward slashes.</summary>
    public IEnumerable<string> Pages => SiteTree.Pages(Dir).Select(p => Path.GetRelativePath(Dir, p).Replace('\\', '/'));
}

[CollectionDefinition(Name)]
public sealed class PublishedSiteCollection : ICollectionFixture<PublishedSite>
{
    public const string Name = "published site";
}
