using System.Text.RegularExpressions;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Reads the date, place, format and speaker from the report's words: 1月11日 with the year of the title,
/// 在北京召开, 以视频会议形式召开, …部长怀进鹏出席会议并讲话.
/// </summary>
public static partial class MetadataReader
{
    public sealed record Metadata(DateOnly? Date, string? Place, string? Format, Speaker? Speaker);

    public static Metadata Read(string title, IReadOnlyList<string> openingSentences, string wholeText)
    {
        var opening = string.Concat(openingSentences);
        return new Metadata(
            ReadDate(title, opening.Length > 0 ? opening : wholeText),
            ReadPlace(opening),
            ReadFormat(wholeText),
            // Some reports name the speaker in a paragraph of its own after the opening.
            ReadSpeaker(openingSentences) ?? ReadSpeaker([wholeText]));
    }

    public static DateOnly? ReadDate(string title, string text)
    {
        // Some published texts write digits full-width (１月１１日); they mean the same date.
        (title, text) = (AsciiDigits(title), AsciiDigits(text));
        var full = FullDate().Match(text);
        if (full.Success)
        {
            return Make(full.Groups[1].Value, full.Groups[2].Value, full.Groups[3].Value);
        }

        var year = Year().Match(title);
        var dayMonth = MonthDay().Match(text);
        if (!year.Success)
        {
            year = Year().Match(text);
        }

        return year.Success && dayMonth.Success ? Make(year.Groups[1].Value, dayMonth.Groups[1].Value, dayMonth.Groups[2].Value) : null;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        var (y, m, d) = (int.Parse(year), int.Parse(month), int.Parse(day));
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    private static string? ReadPlace(string opening)
    {
        var match = Place().Match(opening);
        if (!match.Success)
        {
            return null;
        }

        // 在北京以视频会议形式召开: the place ends where the manner begins.
        var place = match.Groups[1].Value.Split('以')[0];
        if (place.Length == 0)
        {
            return null;
        }

        return GenreVocabulary.PlaceShortForms.TryGetValue(place, out var full) ? full : place;
    }

    private static string? ReadFormat(string text)
    {
        var match = Format().Match(text);
        if (match.Success)
        {
            return match.Groups[1].Value;
        }

        return text.Contains("视频会议", StringComparison.Ordinal) ? "视频会议" : null;
    }

    private static Speaker? ReadSpeaker(IReadOnlyList<string> sentences)
    {
        foreach (var sentence in sentences)
        {
            foreach (var verb in GenreVocabulary.SpeakerVerbs)
            {
                var at = sentence.IndexOf(verb, StringComparison.Ordinal);
                if (at <= 0)
                {
                    continue;
                }

                // The clause before the verb: posts, then the name (…教育部党组书记、部长怀进鹏).
                var clauseStart = sentence.LastIndexOfAny(['，', '。', '；'], at - 1) + 1;
                var clause = sentence[clauseStart..at];
                var speaker = SplitPostAndName(clause);
                if (speaker is not null)
                {
                    return speaker;
                }
            }
        }

        return null;
    }

    private static Speaker? SplitPostAndName(string clause)
    {
        var best = -1;
        var titleLength = 0;
        foreach (var title in GenreVocabulary.SpeakerTitles)
        {
            var at = clause.LastIndexOf(title, StringComparison.Ordinal);
            if (at >= 0 && at + title.Length > best + titleLength)
            {
                (best, titleLength) = (at, title.Length);
            }
        }

        if (best < 0)
        {
            return null;
        }

        var name = clause[(best + titleLength)..].Trim();
        return name.Length is >= 2 and <= 4 ? new Speaker(name, clause[..(best + titleLength)].Trim()) : null;
    }

    private static string AsciiDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '０' and <= '９' ? (char)(source[i] - '０' + '0') : source[i];
            }
        });

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(\d{1,2})月(\d{1,2})日")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex Year();

    [GeneratedRegex(@"在([^，。；、\s]{1,12}?)(召开|举行|开幕)")]
    private static partial Regex Place();

    [GeneratedRegex(@"以([^，。；、\s]{1,10}?)(形式|方式)(召开|举行)")]
    private static partial Regex Format();
}
