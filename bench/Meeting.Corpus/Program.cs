using Meeting.Corpus;
using Meeting.Corpus.Hugo;

CorpusOptions options;
try
{
    options = CorpusOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(CorpusOptions.Usage);
    return 2;
}

// Refuse to mix a new corpus into an old one: the benchmark must know exactly what it builds.
foreach (var folder in new[] { options.Out, options.HugoContent })
{
    if (folder is not null && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
    {
        Console.Error.WriteLine($"{folder}: exists and is not empty; give a fresh folder");
        return 2;
    }
}

IReadOnlyList<string> reports = options.From is { } from
    ? Directory.GetFiles(from, "*.txt").Order(StringComparer.Ordinal).ToList()
    : CorpusGenerator.Write(options.Count, options.Seed, options.Out!);

if (options.HugoContent is { } hugoContent)
{
    HugoPageWriter.WriteAll(reports, hugoContent);
}
Console.WriteLine($"{reports.Count} reports{(options.Out is null ? "" : $" in {options.Out}")}{(options.HugoContent is null ? "" : $", Markdown in {options.HugoContent}")}");
return 0;
