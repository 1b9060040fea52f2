using System.Text;
using System.Text.RegularExpressions;

namespace Meeting.Serve;

/// <summary>
/// What serve changes in a page on its way to the browser (never in the site on disk): the live-reload script
/// before &lt;/body&gt;, and the page's Content-Security-Policy opened just enough for it: the script from the
/// server's own origin and its event stream. A published page keeps its policy as written.
/// </summary>
public static partial class PageInjection
{
    public static byte[] Inject(byte[] html, int generation, string basePathOfEvents)
    {
        var text = Encoding.UTF8.GetString(html);
        text = CspMeta().Replace(text, m => m.Groups["head"].Value + Loosen(m.Groups["policy"].Value) + m.Groups["tail"].Value, 1);
        var tag = $"<script src=\"{LiveReload.ScriptPath}\" data-generation=\"{generation}\" data-events=\"{basePathOfEvents}\"></script>";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = end >= 0 ? text.Insert(end, tag) : text + tag;
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Adds 'self' to script-src and connect-src (each taken from default-src when the policy has none).</summary>
    public static string Loosen(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var fallback = directives.FirstOrDefault(d => d.StartsWith("default-src ", StringComparison.OrdinalIgnoreCase))?["default-src ".Length..] ?? "*";
        foreach (var name in new[] { "script-src", "connect-src" })
        {
            var at = directives.FindIndex(d => d.Split(' ')[0].Equals(name, StringComparison.OrdinalIgnoreCase));
            var sources = at >= 0 ? directives[at][name.Length..].Trim() : fallback;
            var allowed = sources.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "'none'").Append("'self'").Distinct();
            var directive = $"{name} {string.Join(' ', allowed)}";
            if (at >= 0)
            {
                directives[at] = directive;
            }
            else
            {
                directives.Add(directive);
            }
        }

        return string.Join("; ", directives);
    }

    [GeneratedRegex("""(?<head><meta\s+http-equiv="Content-Security-Policy"\s+content=")(?<policy>[^"]*)(?<tail>")""", RegexOptions.IgnoreCase)]
    private static partial Regex CspMeta();
}
