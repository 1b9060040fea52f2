using Xunit;
using Meeting.Build;

namespace Meeting.Tests.Site;

/// <summary>The 2024 report's site, built once for the tests of this collection.</summary>
public sealed class BuiltSite
{
    public BuiltSite()
    {
        Dir = Path.Combine(RepoPaths.NewTempDir(), "site");
        Result = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, Dir));
    }

    public string Dir { get; }

    public BuildResult Result { get; }

    public string Read(string path) => File.ReadAllText(Path.Combine(Dir, path));
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}
