namespace Meeting.Publish;

/// <summary>
/// Where the site will be published (<c>--base-url https://example.org/archive/</c>). Only an absolute http or
/// https address with no query, fragment or user name will do; it always ends in a slash, so that a page's
/// address is the base with the page's path appended.
/// </summary>
public static class BaseUrl
{
    public const string Example = "https://example.org/archive/";

    /// <summary>Reads a base URL as the user wrote it; on failure, <paramref name="problem"/> says what is wrong.</summary>
    public static bool TryParse(string text, out Uri? baseUrl, out string? problem)
    {
        baseUrl = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            problem = $"`{text}` is not an absolute http or https address";
            return false;
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            problem = $"`{text}` has a query, a fragment or a user name, which the address of a site cannot have";
            return false;
        }

        problem = null;
        baseUrl = uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
        return true;
    }

    /// <summary>The base URL a library caller gave, checked and ending in a slash.</summary>
    public static Uri Normalize(Uri given) =>
        TryParse(given.OriginalString, out var baseUrl, out var problem) ? baseUrl! : throw new ArgumentException(problem, nameof(given));

    /// <summary>The absolute address of a page of the site (<c>2024-01-11/text.html#s4-10</c>), each path segment escaped.</summary>
    public static string Of(Uri baseUrl, string sitePath)
    {
        var hash = sitePath.IndexOf('#');
        var (path, anchor) = hash >= 0 ? (sitePath[..hash], sitePath[hash..]) : (sitePath, "");
        return baseUrl.AbsoluteUri + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + anchor;
    }
}
