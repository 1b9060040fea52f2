using System.CommandLine;

namespace Meeting.Cli;

/// <summary>
/// --base-url URL: where the site will be published. Only an absolute http or https address makes sense there;
/// anything else is a mistake on the command line (exit 2), caught before a page is built.
/// </summary>
internal static class BaseUrlOption
{
    public static Option<Uri?> Create()
    {
        var option = new Option<Uri?>("--base-url")
        {
            Description = "the address the site will be published under (https://example.org/archive/)",
            HelpName = "URL",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
                {
                    return uri;
                }

                result.AddError(text.Length == 0
                    ? "--base-url needs a value"
                    : $"--base-url must be an absolute http or https address (https://example.org/archive/), not `{text}`");
                return null;
            },
        };
        return option;
    }
}
