using System.CommandLine;
using Meeting.Publish;

namespace Meeting.Cli;

/// <summary>
/// --base-url URL: where the site will be published. Only an absolute http or https address makes sense there
/// (<see cref="BaseUrl.TryParse"/> says what is wrong otherwise); a mistake is one on the command line (exit 2),
/// caught before a page is built.
/// </summary>
internal static class BaseUrlOption
{
    public static Option<Uri?> Create() => new("--base-url")
    {
        Description = "the site's address when published (https://example.org/archive/): canonical links, sitemap.xml, "
            + "robots.txt, feed.xml, Open Graph, JSON-LD; without it nothing absolute is written and the site works from disk",
        HelpName = "URL",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (BaseUrl.TryParse(text, out var uri, out var problem))
            {
                return uri;
            }

            result.AddError($"--base-url: {problem}");
            return null;
        },
    };
}
