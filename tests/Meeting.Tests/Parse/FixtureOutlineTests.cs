using Meeting.Load;
using Meeting.Parse;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>
/// Reports of the genre written for the tests, each beside the outline a person wrote down from reading it
/// (name.expected.txt). The parser must read each one as that person did.
/// </summary>
public sealed class FixtureOutlineTests
{
    public static TheoryData<string> Fixtures() => new(Names());

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(RepositoryFiles.Fixture("valid"))
            .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_outline_is_the_one_written_by_hand(string name)
    {
        var path = RepositoryFiles.Fixture("valid", name);
        var expected = File.ReadAllText(Path.ChangeExtension(path, null) + ".expected.txt").Replace("\r\n", "\n");
        var report = ReportParser.Parse(ReportFileReader.Read(path)).Report;
        Assert.Equal(expected, Outline.Of(report));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_verbatim_property_holds(string name)
    {
        var report = ReportParser.Parse(ReportFileReader.Read(RepositoryFiles.Fixture("valid", name))).Report;
        VerbatimAssert.Holds(report);
    }

    [Fact]
    public void Every_fixture_has_its_expected_outline()
    {
        Assert.True(Names().Count() >= 5, "the valid fixtures are missing from the test output");
        foreach (var name in Names())
        {
            Assert.True(File.Exists(RepositoryFiles.Fixture("valid", Path.ChangeExtension(name, null) + ".expected.txt")), name);
        }
    }
}
