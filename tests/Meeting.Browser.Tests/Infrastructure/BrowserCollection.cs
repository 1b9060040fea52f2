using Xunit;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>Every browser test class joins this collection, so the site is built and Chromium started once.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "browser";
}
