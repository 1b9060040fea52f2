namespace Meeting.Build;

/// <summary>
/// What <c>meeting build</c> is asked to do. <see cref="Strict"/> turns warnings into a failed build.
/// <see cref="BaseUrl"/> is where the site will be published (https://example.org/archive/); without it nothing
/// absolute is written and the site works from disk.
/// </summary>
public sealed record BuildOptions(string ContentDir, string TemplatesDir, string OutDir, bool Strict = false)
{
    public Uri? BaseUrl { get; init; }
}
