using Microsoft.Playwright;
using Xunit.Sdk;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>
/// ARIA snapshots kept as YAML files in Snapshots/. Set MEETING_UPDATE_SNAPSHOTS=1 to rewrite the
/// files in the source tree from what the browser sees (then read the diff before committing).
/// </summary>
public static class AriaSnapshotFile
{
    public const string UpdateVariable = "MEETING_UPDATE_SNAPSHOTS";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static async Task AssertMatchesAsync(ILocator locator, string name, string repoRoot)
    {
        var fileName = name + ".aria.yml";
        if (Updating)
        {
            var source = Path.Combine(repoRoot, "tests", "Meeting.Browser.Tests", "Snapshots", fileName);
            await File.WriteAllTextAsync(source, (await locator.AriaSnapshotAsync()).TrimEnd() + "\n");
            return;
        }
        var expectedFile = Path.Combine(AppContext.BaseDirectory, "Snapshots", fileName);
        if (!File.Exists(expectedFile))
        {
            throw new XunitException($"No snapshot {fileName}. Run the tests once with {UpdateVariable}=1 to write it, read it, commit it.");
        }
        var expected = await File.ReadAllTextAsync(expectedFile);
        try
        {
            await Assertions.Expect(locator).ToMatchAriaSnapshotAsync(expected, new() { Timeout = 2000 });
        }
        catch (PlaywrightException e)
        {
            // Playwright's own message shows an ExpandoObject, not the tree: put the real tree in the failure.
            var actual = await locator.AriaSnapshotAsync();
            throw new XunitException(
                $"The page's accessibility tree no longer matches Snapshots/{fileName}.\n" +
                $"If the change is intended, rerun with {UpdateVariable}=1 and commit the new file.\n" +
                $"--- actual tree ---\n{actual}\n--- Playwright ---\n{e.Message}");
        }
    }
}
