using Meeting.Diagnostics;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Cli;

/// <summary>
/// NEEDS `meeting build`: two reports whose front matter asks for the same slug would write one folder twice.
/// The check belongs to the site stage (the lead's Plan/Build), so this test runs the whole `meeting build`
/// and fails until that stage refuses the second report. Trait Needs=build lets a run leave it out meanwhile
/// (dotnet test --filter "Needs!=build"); it is not skipped, so it cannot be forgotten.
/// </summary>
[Trait("Needs", "build")]
public sealed class DuplicateSlugBuildTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("meeting-dup-slug-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public void Two_reports_asking_for_the_same_slug_stop_the_build()
    {
        var content = Directory.CreateDirectory(Path.Combine(_work.FullName, "content")).FullName;
        var body = File.ReadAllText(RepositoryFiles.Report2024);
        File.WriteAllText(Path.Combine(content, "a.md"), "---\nslug: education\n---\n" + body);
        File.WriteAllText(Path.Combine(content, "b.md"), "---\ndate: 2025-01-09\nslug: education\n---\n" + body);
        var output = Path.Combine(_work.FullName, "site");

        var result = CliRun.Meeting("build", "--content", content, "--templates", Path.Combine(RepositoryFiles.Root, "templates"), "--out", output);

        // b.md is the second in path order: its slug line is the one that clashes, and the message names the
        // other report. The wording is the site stage's to choose; the form and the place are not.
        Assert.True(ExitCodes.ContentError == result.ExitCode, $"exit code {result.ExitCode}; stderr:\n{result.Stderr}");
        ErrorAssert.NoStackTrace(result.Stderr);
        var lines = result.ErrorLines;
        Assert.Matches(@"content/b\.md:3:\d+: error: .*`?education`?.*a\.md", lines[0].Replace('\\', '/'));
        Assert.Matches(@"^  hint: \S", lines[1]);
        Assert.False(Directory.Exists(output), "nothing is written when the build stops");
    }
}
