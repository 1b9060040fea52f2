using System.Diagnostics;
using Meeting.Tests.Site;
using Xunit;

namespace Meeting.Tests.Serve;

/// <summary>
/// `meeting serve` as a user runs it: it builds, prints a loopback address, serves pages with the reload script
/// (which the site on disk never holds), and Ctrl+C (SIGINT) stops it cleanly with exit code 0.
/// </summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task It_serves_on_loopback_and_stops_cleanly_on_ctrl_c()
    {
        var work = RepoPaths.NewTempDir();
        var site = Path.Combine(work, "site");
        var meeting = Path.Combine(AppContext.BaseDirectory, "meeting.dll");
        var start = new ProcessStartInfo("dotnet", [meeting, "serve", "--port", "0", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--out", site])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var address = await AddressPrinted(process);
            Assert.Equal("127.0.0.1", address.Host);

            string page;
            using (var http = new HttpClient())
            {
                page = await http.GetStringAsync(new Uri(address, "2024-01-11/tasks/5.html"));
            }

            Assert.Contains("/__meeting/live.js", page);
            Assert.DoesNotContain("__meeting", File.ReadAllText(Path.Combine(site, "2024-01-11", "tasks", "5.html")));

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            // Generous: CI runs this beside the other tests on two cores. Stopping takes well under a second alone.
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(45));
            await process.WaitForExitAsync(patience.Token);
            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}; stderr:\n{await stderr}");
            Assert.Contains("meeting serve: stopped", await process.StandardOutput.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static async Task<Uri> AddressPrinted(Process process)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
        {
            var at = line.IndexOf("http://", StringComparison.Ordinal);
            if (line.StartsWith("meeting serve: serving", StringComparison.Ordinal) && at >= 0)
            {
                return new Uri(line[at..].Split(' ')[0]);
            }
        }

        throw new InvalidOperationException("meeting serve ended without printing its address");
    }
}
