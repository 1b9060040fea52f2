using System.Text.RegularExpressions;
using Fluid;
using Meeting.Diagnostics;
using Meeting.Load;
using Microsoft.Extensions.FileProviders;

namespace Meeting.Render;

/// <summary>
/// The Liquid templates of <c>templates/</c>, parsed once. A syntax error stops the build with the template's
/// own file:line:column. Output is HTML-encoded by default; only values a template marks <c>| raw</c> are not.
/// </summary>
public sealed partial class TemplateSet
{
    public const string Layout = "layout";

    private readonly Dictionary<string, IFluidTemplate> _templates;
    private readonly Dictionary<string, string> _paths;

    private TemplateSet(Dictionary<string, IFluidTemplate> templates, Dictionary<string, string> paths, TemplateOptions options, InterfaceStrings strings)
    {
        _templates = templates;
        _paths = paths;
        Options = options;
        Strings = strings;
    }

    public TemplateOptions Options { get; }

    public InterfaceStrings Strings { get; }

    public IFluidTemplate this[string name] => _templates[name];

    /// <summary>The template's file as messages show it.</summary>
    public string PathOf(string name) => _paths[name];

    /// <summary>The templates every site needs: the layout and one per kind of page.</summary>
    public static readonly IReadOnlyList<string> Required =
        [Layout, "archive", "notfound", "home", "part", "item", "fulltext", "keywords", "term", "archivekeywords", "archiveterm", "search", "sentence", "meta", "kwic", "head", "source", "letters"];

    public static TemplateSet Load(string templatesDir)
    {
        var shownDir = DisplayPath.Of(templatesDir);
        if (!Directory.Exists(templatesDir))
        {
            throw new MeetingException(Diagnostic.About(shownDir, "the templates folder does not exist",
                "run from the repository's top folder, or pass --templates DIR"));
        }

        var strings = InterfaceStrings.Load(templatesDir);
        var parser = new FluidParser();
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Required)
        {
            var file = Path.Combine(templatesDir, name + ".liquid");
            var shown = DisplayPath.Of(file);
            if (!File.Exists(file))
            {
                throw new MeetingException(Diagnostic.About(shown, "a template is missing",
                    $"the templates folder needs {string.Join(", ", Required.Select(r => r + ".liquid"))}"));
            }

            var source = StrictDecoder.Decode(shown, File.ReadAllBytes(file));
            if (!parser.TryParse(source, out var template, out var error))
            {
                var at = Position().Match(error);
                var (line, column) = at.Success ? (int.Parse(at.Groups[1].Value), int.Parse(at.Groups[2].Value)) : (1, 1);
                // Fluid appends the source after its message; the position already points there.
                var message = Position().Replace(error.Split('\n')[0], "").Trim();
                throw new MeetingException(Diagnostic.Error(shown, line, column, $"template syntax error: {message}",
                    "check the Liquid tags near this place: {{ value }}, {% if %}…{% endif %}, {% for %}…{% endfor %}"));
            }

            templates[name] = template;
            paths[name] = shown;
        }

        var options = new TemplateOptions
        {
            StrictVariables = true,
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(templatesDir)),
        };
        return new TemplateSet(templates, paths, options, strings);
    }

    [GeneratedRegex(@"at \((\d+):(\d+)\)")]
    private static partial Regex Position();
}
