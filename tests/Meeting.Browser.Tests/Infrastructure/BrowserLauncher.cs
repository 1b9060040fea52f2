using Microsoft.Playwright;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>Starts the one Chromium the suite uses: Debian's by default, overridable for machines with Playwright's own.</summary>
public static class BrowserLauncher
{
    public const string ExecutableVariable = "MEETING_CHROMIUM";
    private const string DebianChromium = "/usr/bin/chromium";

    // Flags that keep a headless Chromium quiet and offline in a container (see ENVIRONMENT.md).
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string? ExecutablePath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;
        return File.Exists(DebianChromium) ? DebianChromium : null;
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = ExecutablePath();
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Args,
            });
            return (playwright, browser);
        }
        catch (Exception e)
        {
            playwright?.Dispose();
            // Fail loudly: a browser suite that quietly skips proves nothing.
            throw new InvalidOperationException(
                $"The browser tests could not start Chromium ({executable ?? "Playwright's default browser"}). " +
                $"Install it (apt-get install -y chromium fonts-wqy-microhei) or set {ExecutableVariable} to a Chromium executable. " +
                $"Cause: {e.Message}", e);
        }
    }
}
