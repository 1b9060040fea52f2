namespace Meeting.Tests.Parse.Support;

/// <summary>Files of the repository the tests read as they are (the 2024 report in content/), and the copied fixtures.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Report2024 => Path.Combine(Root, "content", "report-2024-national-education-work-conference.txt");

    public static string Fixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    // The test runs from bin/…; the repository is the nearest folder above it that holds Meeting.sln.
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
