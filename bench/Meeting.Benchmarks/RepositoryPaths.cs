namespace Meeting.Benchmarks;

/// <summary>
/// Finds the repository's content/ and templates/. BenchmarkDotNet runs each benchmark in a process of its
/// own, built in a folder below this project's bin/, so the root is found by walking up to Meeting.sln
/// (or given as MEETING_ROOT).
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Report2024 => Path.Combine(Content, "report-2024-national-education-work-conference.txt");

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("MEETING_ROOT") is { Length: > 0 } given)
        {
            return given;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Meeting.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Meeting.sln not found above " + AppContext.BaseDirectory + "; set MEETING_ROOT");
    }
}
