namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>The two ways a reader gets the site: opened straight from disk, or from a web host under a sub-path.</summary>
public enum SiteMode
{
    Disk,
    Http,
}
