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
    public Task The_W3C_checker_finds_no_error_on_any_page() => Vnu.AssertNoErrorAsync(site.Dir);

    /// <summary>Runs vnu over a folder's pages and fails with what it reported.</summary>
    internal static class Vnu
    {
        public static async Task AssertNoErrorAsync(string dir)
        {
            var jar = Environment.GetEnvironmentVariable("MEETING_VNU_JAR")
                ?? Path.Combine(RepoPaths.Root, ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            Assert.True(File.Exists(jar), $"vnu.jar not found at {jar}: run `dotnet pwsh -File build.ps1 test`, which installs it");

            var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "gnu", "--skip-non-html", dir])
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
}

/// <summary>The published site's pages (canonical links, Open Graph, JSON-LD) are valid HTML too.</summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class PublishedW3CValidatorTests(PublishedSite site)
{
    [Fact]
    public Task The_W3C_checker_finds_no_error_on_any_published_page() => W3CValidatorTests.Vnu.AssertNoErrorAsync(site.Dir);
}
