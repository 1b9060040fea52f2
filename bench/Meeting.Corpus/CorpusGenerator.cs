using System.Security.Cryptography;

namespace Meeting.Corpus;

/// <summary>
/// Writes N reports into a folder. One <see cref="Random"/> seeded once drives every choice, and nothing
/// reads the clock, so a seed always gives the same files. No two reports are the same: a report whose
/// bytes were already written is drawn again; two reports of one conference on one date get -2, -3….
/// </summary>
public static class CorpusGenerator
{
    public static IReadOnlyList<string> Write(int count, int seed, string folder)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var seenContents = new HashSet<string>(StringComparer.Ordinal);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var paths = new List<string>(count);
        while (paths.Count < count)
        {
            var report = ReportComposer.Compose(ReportPlan.Draw(random), random);
            if (!seenContents.Add(Convert.ToHexString(SHA256.HashData(report.Bytes))))
            {
                continue;
            }
            var name = report.BaseName;
            for (var n = 2; !usedNames.Add(name); n++)
            {
                name = $"{report.BaseName}-{n}";
            }
            var path = Path.Combine(folder, name + ".txt");
            File.WriteAllBytes(path, report.Bytes);
            paths.Add(path);
        }
        return paths;
    }
}
