using System.Globalization;
using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// Reads the day a meeting opened, and the last day of a meeting over several days: 2023年12月28日;
/// 1月11日 with the year of the title; 1月10日至11日; 7月12日—13日. Digits may be full-width (１月１１日).
/// A meeting in December named for the next year (12月28日，2024年全省…会议 reviewing 2023年) took place in the
/// year before its name.
/// </summary>
public static partial class DateReader
{
    public sealed record Days(DateOnly Start, DateOnly? End);

    /// <param name="publishedYear">The year the article appeared, where the text and title give none.</param>
    public static Days? Read(string title, string opening, string wholeText, int? publishedYear = null)
    {
        (title, opening, wholeText) = (AsciiDigits(title), AsciiDigits(opening), AsciiDigits(wholeText));
        // 日前，… opens some reports; the day is then told further on, in the sentence that says where and when the
        // meeting was held rather than in a review's 截至12月底.
        var (text, day) = MeetingDay(opening) is { } inOpening ? (opening, inOpening) : (wholeText, MeetingDay(wholeText) ?? Dateline(wholeText));
        if (day is null)
        {
            return null;
        }

        int? year = day.Groups["year"].Success ? Number(day.Groups["year"].Value) : null;
        year ??= YearOf(title, wholeText, Number(day.Groups["month"].Value)) ?? publishedYear;
        if (year is null || Make(year.Value, Number(day.Groups["month"].Value), Number(day.Groups["day"].Value)) is not { } start)
        {
            return null;
        }

        var span = Span().Match(text, day.Index + day.Length);
        DateOnly? end = null;
        if (span.Success && span.Index == day.Index + day.Length)
        {
            var month = span.Groups["month"].Success ? Number(span.Groups["month"].Value) : start.Month;
            end = Make(start.Year + (month < start.Month ? 1 : 0), month, Number(span.Groups["day"].Value));
        }

        return new Days(start, end > start ? end : null);
    }

    /// <summary>
    /// The first day in the text that is not a news agency's dateline (人民网北京1月18日电 is when the story was
    /// filed, not when the meeting met), preferring one in a sentence that says the meeting was held.
    /// </summary>
    private static Match? MeetingDay(string text)
    {
        Match? first = null;
        foreach (Match day in Day().Matches(text))
        {
            if (IsDateline(text, day))
            {
                continue;
            }

            first ??= day;
            if (Held().IsMatch(SentenceAround(text, day)))
            {
                return day;
            }
        }

        return first;
    }

    /// <summary>The dateline's day, where nothing else in the report dates the meeting: the meeting was held by then.</summary>
    private static Match? Dateline(string text) =>
        Day().Matches(text).FirstOrDefault(day => IsDateline(text, day));

    private static bool IsDateline(string text, Match day)
    {
        var after = day.Index + day.Length;
        return after < text.Length && text[after] is '电' or '讯';
    }

    private static string SentenceAround(string text, Match day)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, day.Index - 1)) + 1;
        var end = text.IndexOfAny(SentenceEnds, day.Index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static readonly char[] SentenceEnds = ['。', '\n', '！', '？'];

    /// <summary>
    /// The year of a day named without one: the title's year where it names one; otherwise the report's own, the
    /// later of a year reviewed and the year planned (总结2020年…部署2021年 is a meeting of 2021).
    /// </summary>
    private static int? YearOf(string title, string text, int month)
    {
        int year;
        var named = Year().Match(title);
        if (named.Success)
        {
            year = Number(named.Groups[1].Value);
        }
        else
        {
            named = Year().Match(text);
            if (!named.Success)
            {
                return null;
            }

            year = Number(named.Groups[1].Value);
            var next = $"{year + 1}年";
            var firstSentence = SentenceAround(text, named);
            year = firstSentence.Contains(next, StringComparison.Ordinal) ? year + 1 : year;
        }

        var yearBefore = $"{year - 1}年";
        return month == 12 && text.Contains(yearBefore, StringComparison.Ordinal) ? year - 1 : year;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(string digits) => DecimalDigits.Value(digits) ?? 0;

    public static string AsciiDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '０' and <= '９' ? (char)(source[i] - '０' + '0') : source[i];
            }
        });

    [GeneratedRegex(@"(?:(?<year>\d{4})年)?(?<month>\d{1,2})月(?<day>\d{1,2})日")]
    private static partial Regex Day();

    // 至11日, —13日, 至2月1日, 到12日
    [GeneratedRegex(@"\G(?:至|到|—|－|-|~|～|―)(?:(?<month>\d{1,2})月)?(?<day>\d{1,2})日")]
    private static partial Regex Span();

    [GeneratedRegex(@"召开|举行|举办|开幕|会议于|在.{1,20}(?:召开|举行)")]
    private static partial Regex Held();

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex Year();
}
