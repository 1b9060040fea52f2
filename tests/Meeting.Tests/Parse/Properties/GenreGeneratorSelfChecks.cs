using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using Meeting.Tests.Parse.Genre.Composition;
using Meeting.Tests.Parse.Genre.Measurement;
using Meeting.Tests.Parse.Genre.Tables;
using Meeting.Tests.Parse.Genre.Tables.Sectors;
using Xunit;

namespace Meeting.Tests.Parse.Properties;

/// <summary>
/// The generator's own promises, checked without the parser: its tables can be cut into heading and detail, and
/// every outline it writes fits its text (the paragraphs it numbers are the text's, the headings, speakers and
/// places it names are in the text, no placeholder is left). A measurement is only as good as these outlines.
/// </summary>
public sealed partial class GenreGeneratorSelfChecks
{
    public static TheoryData<string, string> Vocabularies()
    {
        var data = new TheoryData<string, string>();
        foreach (var sector in AllSectors.All)
        {
            foreach (var (list, entries) in new[] { ("achievements", sector.Achievements), ("principles", sector.Principles), ("tasks", sector.Tasks) })
            {
                data.Add($"{sector.Name} {list}", string.Join("\n", entries));
            }
        }

        data.Add("requirements", string.Join("\n", Requirements.All));
        return data;
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Every_entry_is_a_heading_and_a_detail_that_fit_inside_a_sentence(string list, string entries)
    {
        var lines = entries.Split('\n');
        Assert.All(lines, e => Assert.True(e.IndexOfAny(['。', '；', '：', '！', '？']) < 0, $"{list}: {e} would end a sentence or a point"));
        Assert.All(lines, e => Assert.False(Chance.Split(e).Heading.Length < 4, $"{list}: {e} has no heading"));
        Assert.Equal(lines.Length, lines.Select(e => Chance.Split(e).Heading).Distinct().Count());
        Assert.True(lines.Length >= 6, $"{list} has too few entries to draw from");
    }

    [Fact]
    public void Every_outline_fits_its_text()
    {
        GenreReports.Any.Sample(generated =>
        {
            var text = generated.Text;
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            var paragraphs = text.ReplaceLineEndings("\n").Split('\n').Skip(1).Where(l => l.Trim().Length > 0).ToList();

            var kinds = PartConfusion.KindsByParagraph(generated.Outline);
            Assert.Equal(Enumerable.Range(1, paragraphs.Count), kinds.Keys.Order());

            var body = string.Concat(paragraphs);
            var parts = generated.Outline.ReplaceLineEndings("\n").Split("\n\n")[1];
            foreach (Match heading in HeadingLine().Matches(parts))
            {
                Assert.Contains(heading.Groups[1].Value, body, StringComparison.Ordinal);
            }

            // The days the outline names are the days the text writes (a span over a month end names both months).
            if (DateLine().Match(generated.Outline.ReplaceLineEndings("\n")) is { Success: true } date)
            {
                var (start, end) = (DateOnly.Parse(date.Groups[1].Value, CultureInfo.InvariantCulture), date.Groups[2].Value);
                Assert.Contains($"{start.Month}月{start.Day}日", body, StringComparison.Ordinal);
                if (end != "(none)")
                {
                    var last = DateOnly.Parse(end, CultureInfo.InvariantCulture);
                    Assert.Contains(last.Month == start.Month ? $"{last.Day}日" : $"{last.Month}月{last.Day}日", body, StringComparison.Ordinal);
                }
            }

            foreach (Match speaker in SpeakerLine().Matches(generated.Outline))
            {
                Assert.Contains(speaker.Groups[2].Value + speaker.Groups[1].Value, body, StringComparison.Ordinal);
            }
        }, iter: 1000, print: g => g.ToString());
    }

    [GeneratedRegex(@"^  \S+ (.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^speaker: (\S+) \| (.+)$", RegexOptions.Multiline)]
    private static partial Regex SpeakerLine();

    [GeneratedRegex(@"^date: (\d{4}-\d{2}-\d{2})\nend-date: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
