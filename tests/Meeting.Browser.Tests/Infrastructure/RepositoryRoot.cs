namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>Finds the repository (the folder holding Meeting.sln) from wherever the test binaries run.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Meeting.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Meeting.sln above {AppContext.BaseDirectory}: cannot find content/ and templates/.");
    }
}
