using System.Text.Json;
using Meeting.Diagnostics;

namespace Meeting.Load;

/// <summary>
/// The words of the interface (会议档案, 全文, 第{n}项任务 …), read from <c>templates/strings.json</c> so a designer
/// changes them without touching C#. A missing key is a template error, named with the file.
/// </summary>
public sealed class InterfaceStrings
{
    public const string FileName = "strings.json";

    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly string _path;

    private InterfaceStrings(string path, IReadOnlyDictionary<string, string> values) => (_path, _values) = (path, values);

    public IReadOnlyDictionary<string, string> All => _values;

    public string this[string key] => _values.TryGetValue(key, out var value)
        ? value
        : throw new MeetingException(Diagnostic.About(_path, $"the interface string `{key}` is missing",
            $"add \"{key}\": \"…\" to {FileName}"));

    /// <summary>A string with {n} (and other {names}) filled in.</summary>
    public string Format(string key, params (string Name, string Value)[] values) =>
        values.Aggregate(this[key], (text, v) => text.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));

    public static InterfaceStrings Load(string templatesDir)
    {
        var file = Path.Combine(templatesDir, FileName);
        var shown = DisplayPath.Of(file);
        if (!File.Exists(file))
        {
            throw new MeetingException(Diagnostic.About(shown, "the interface strings file is missing",
                $"the templates folder needs {FileName}; copy it from the repository's templates/"));
        }

        var text = StrictDecoder.Decode(shown, File.ReadAllBytes(file));
        try
        {
            // Read by hand, not by reflection, so the generator also runs compiled ahead of time.
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("not an object");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : throw new JsonException($"the value of `{property.Name}` is not a string");
            }

            return new InterfaceStrings(shown, values);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new MeetingException(Diagnostic.Error(shown, line, column, "this is not a flat JSON object of strings",
                "write the file as { \"key\": \"text\", … }"));
        }
    }

    /// <summary>For tests and tools: strings given in code.</summary>
    public static InterfaceStrings From(IReadOnlyDictionary<string, string> values) => new("strings", values);
}
