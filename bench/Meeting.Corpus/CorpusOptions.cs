using System.Globalization;

namespace Meeting.Corpus;

/// <summary>
/// The command line. Either generate (<c>--count N --seed S --out DIR</c>) or convert an existing folder of
/// reports (<c>--from DIR</c>, e.g. the repository's content/); either way <c>--markdown-for-hugo DIR2</c>
/// also writes the Hugo content folder.
/// </summary>
public sealed record CorpusOptions(int Count, int Seed, string? Out, string? From, string? HugoContent)
{
    public const string Usage =
        "usage: Meeting.Corpus --count N --seed S --out DIR [--markdown-for-hugo DIR2]\n" +
        "       Meeting.Corpus --from DIR --markdown-for-hugo DIR2";

    public static CorpusOptions Parse(IReadOnlyList<string> args)
    {
        int count = 0, seed = 1;
        string? output = null, from = null, hugo = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--count": count = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--out": output = value; break;
                case "--from": from = value; break;
                case "--markdown-for-hugo": hugo = value; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
            i++;
        }
        if (from is null && (output is null || count < 1))
        {
            throw new ArgumentException("give --count N (N ≥ 1) and --out DIR, or --from DIR");
        }
        if (from is not null && hugo is null)
        {
            throw new ArgumentException("--from only makes sense with --markdown-for-hugo");
        }
        return new CorpusOptions(count, seed, output, from, hugo);
    }
}
