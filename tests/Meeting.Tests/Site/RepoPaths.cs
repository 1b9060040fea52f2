using Xunit;
namespace Meeting.Tests.Site;

/// <summary>The repository's own content/ and templates/, found by walking up to Meeting.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string NewTempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "meeting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Meeting.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Meeting.sln not found above " + AppContext.BaseDirectory);
    }
}
