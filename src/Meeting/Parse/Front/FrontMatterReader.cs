using System.Globalization;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Meeting.Diagnostics;

namespace Meeting.Parse;

/// <summary>
/// Reads the YAML front matter of a Markdown report. Only flat <c>key: value</c> lines of the keys in
/// <see cref="FrontMatter.Keys"/> are accepted: an editor's typo should fail loudly, not be ignored.
/// </summary>
public static class FrontMatterReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static FrontMatter Read(string path, string text)
    {
        if (!StartsWithFence(text))
        {
            return FrontMatter.None;
        }

        var block = Markdown.Parse(text, Pipeline).Descendants<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new MeetingException(Diagnostic.Error(path, 1, 1,
                "the front matter opened here is never closed",
                "end the front matter with a line of three dashes: ---"));

        var bodyStart = Math.Min(text.Length, block.Span.End + 1);
        var values = new Dictionary<string, (string Value, int Line, int Column)>(StringComparer.Ordinal);
        foreach (var line in block.Lines.Lines.Take(block.Lines.Count))
        {
            var raw = line.Slice.ToString();
            if (string.IsNullOrWhiteSpace(raw) || raw.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var lineNumber = line.Line + 1;
            var colon = raw.IndexOf(':');
            var key = colon > 0 ? raw[..colon].Trim() : "";
            if (colon <= 0 || raw.StartsWith(' ') || raw.StartsWith('\t'))
            {
                throw new MeetingException(Diagnostic.Error(path, lineNumber, 1,
                    $"expected `key: value` in the front matter, found `{raw.Trim()}`",
                    $"the keys are {string.Join(", ", FrontMatter.Keys)}"));
            }

            if (!FrontMatter.Keys.Contains(key) && !FrontMatterOverrides.IsParagraphKey(key))
            {
                throw new MeetingException(Diagnostic.Error(path, lineNumber, 1,
                    $"unknown front matter key `{key}`",
                    $"the keys are {string.Join(", ", FrontMatter.Keys)}"));
            }

            var valueStart = colon + 1;
            while (valueStart < raw.Length && raw[valueStart] is ' ' or '\t')
            {
                valueStart++;
            }

            values[key] = (Unquote(WithoutComment(raw[valueStart..]).Trim()), lineNumber, valueStart + 1);
        }

        return new FrontMatter(
            Get(values, "title"),
            ReadDate(path, values, "date"),
            Get(values, "place"),
            Get(values, "format"),
            ReadSlug(path, values),
            Get(values, "source"),
            bodyStart)
        {
            Url = ReadUrl(path, values),
            Organizer = Get(values, "organizer"),
            Published = ReadDate(path, values, "published"),
            EndDate = ReadDate(path, values, "end-date"),
            Speakers = FrontMatterOverrides.Speakers(path, values.GetValueOrDefault("speaker")),
            Kinds = FrontMatterOverrides.Kinds(path, values),
        };
    }

    private static bool StartsWithFence(string text) =>
        text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal);

    private static string? Get(Dictionary<string, (string Value, int Line, int Column)> values, string key) =>
        values.TryGetValue(key, out var v) && v.Value.Length > 0 ? v.Value : null;

    private static DateOnly? ReadDate(string path, Dictionary<string, (string Value, int Line, int Column)> values, string key)
    {
        if (!values.TryGetValue(key, out var date) || date.Value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }

        throw new MeetingException(Diagnostic.Error(path, date.Line, date.Column,
            $"`{date.Value}` is not a date", $"write the date as yyyy-MM-dd, e.g. {key}: 2024-01-11"));
    }

    // The original article's address is shown as a link: only an absolute http(s) address can be one.
    private static string? ReadUrl(string path, Dictionary<string, (string Value, int Line, int Column)> values)
    {
        if (Get(values, "url") is not { } url)
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.AbsoluteUri;
        }

        var (_, line, column) = values["url"];
        throw new MeetingException(Diagnostic.Error(path, line, column,
            $"`{url}` is not the address of a web page",
            "write the original article's full address, e.g. url: https://www.moe.gov.cn/jyb_xwfb/…"));
    }

    // A slug names the meeting's folder in the output: one folder name, never a path that leads elsewhere.
    private static string? ReadSlug(string path, Dictionary<string, (string Value, int Line, int Column)> values)
    {
        if (Get(values, "slug") is not { } slug)
        {
            return null;
        }

        if (SlugRules.IsValid(slug))
        {
            return slug;
        }

        var (_, line, column) = values["slug"];
        var leaves = slug.Contains('/') || slug.Contains('\\') || slug.StartsWith('.');
        throw new MeetingException(Diagnostic.Error(path, line, column,
            leaves ? $"the slug `{slug}` is a path; it would place the meeting outside its own folder"
                : SlugRules.IsReserved(slug) ? $"the slug `{slug}` is a name the site's root already uses"
                : $"the slug `{slug}` is not a folder name",
            "a slug is one folder name of ASCII letters, digits, dots, dashes and underscores, such as 2024-01-11"));
    }

    // date: 2024-01-12   # the last day: as in YAML, a # after white space starts a comment (unless quoted).
    private static string WithoutComment(string value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('"') || trimmed.StartsWith('\''))
        {
            return value;
        }

        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value[..hash] : value;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'')
            ? value[1..^1]
            : value;
}
