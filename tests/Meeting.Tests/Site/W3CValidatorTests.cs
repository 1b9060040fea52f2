using Xunit;
using System.Diagnostics;

namespace Meeting.Tests.Site;

/// <summary>
/// The W3C checker (vnu) finds no error on any page, in one call over the whole site. build.ps1 test installs
/// vnu-jar and sets MEETING_VNU_JAR; without it this test fails and says so, it does not skip.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class W3CValidatorTests(BuiltSite site)
{
    [Fact]
    public async Task The_W3C_checker_finds_no_error_on_any_page()
    {
        var jar = Environment.GetEnvironmentVariable("MEETING_VNU_JAR")
            ?? Path.Combine(RepoPaths.Root, ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"vnu.jar not found at {jar}: run `dotnet pwsh -File build.ps1 test`, which installs it");

        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "gnu", "--skip-non-html", site.Dir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"vnu reported:\n{await errors}{output}");
    }
}
