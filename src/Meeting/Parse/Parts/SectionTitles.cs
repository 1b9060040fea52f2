using System.Text.RegularExpressions;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// A part's title, made from its kind and its counts as read from the text: seven tasks make 七项重点任务,
/// four requirements 四项要求. A part of no known kind is named by its first clause.
/// </summary>
public static partial class SectionTitles
{
    private const int LongestOtherTitle = 16;

    public static string For(SectionKind kind, IReadOnlyList<Item> items, IReadOnlyList<Sentence> sentences)
    {
        var count = ChineseNumerals.FormatCount(items.Count);
        return kind switch
        {
            SectionKind.Opening => "会议概况",
            SectionKind.Review => ReviewTitle(sentences),
            SectionKind.Attributes => $"{count}个属性",
            SectionKind.Tasks => $"{count}项重点任务",
            SectionKind.Requirements => $"{count}项要求",
            SectionKind.Attendees => "参会人员",
            _ => OtherTitle(sentences),
        };
    }

    private static string ReviewTitle(IReadOnlyList<Sentence> sentences)
    {
        var year = sentences.Count > 0 ? YearPattern().Match(sentences[0].Text) : Match.Empty;
        return year.Success ? $"{DecimalDigits.Value(year.Groups[1].ValueSpan)}年工作回顾" : "工作回顾";
    }

    private static string OtherTitle(IReadOnlyList<Sentence> sentences)
    {
        var clause = sentences.Count == 0 ? "" : ItemHeading.Of(sentences[0].Text, "");
        return clause.Length <= LongestOtherTitle ? clause : clause[..LongestOtherTitle] + "…";
    }

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex YearPattern();
}
