using Microsoft.Playwright;
using Xunit.Sdk;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>
/// ARIA snapshots kept as YAML files in Snapshots/. Set MEETING_UPDATE_SNAPSHOTS=1 to rewrite the
/// files in the source tree from what the browser sees (then read the diff before committing).
/// Playwright matches a snapshot as a subset by default, so that a link or paragraph added to a template
/// would pass unseen; every file therefore starts with <see cref="Exact"/>, and the whole tree must match,
/// every child of every node, in order.
/// </summary>
public static class AriaSnapshotFile
{
    public const string UpdateVariable = "MEETING_UPDATE_SNAPSHOTS";

    /// <summary>The first line of every snapshot: children match exactly, at every depth.</summary>
    public const string Exact = "- /children: deep-equal";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static async Task AssertMatchesAsync(ILocator locator, string name, string repoRoot)
    {
        var fileName = name + ".aria.yml";
        if (Updating)
        {
            var source = Path.Combine(repoRoot, "tests", "Meeting.Browser.Tests", "Snapshots", fileName);
            await File.WriteAllTextAsync(source, Exact + "\n" + (await locator.AriaSnapshotAsync()).TrimEnd() + "\n");
            return;
        }
        var expectedFile = Path.Combine(AppContext.BaseDirectory, "Snapshots", fileName);
        if (!File.Exists(expectedFile))
        {
            throw new XunitException($"No snapshot {fileName}. Run the tests once with {UpdateVariable}=1 to write it, read it, commit it.");
        }
        var expected = await File.ReadAllTextAsync(expectedFile);
        if (!expected.StartsWith(Exact + "\n", StringComparison.Ordinal))
        {
            throw new XunitException($"Snapshots/{fileName} does not start with `{Exact}`: it would pass with anything added.");
        }

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
