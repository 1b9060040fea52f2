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
        // A part that lists nothing countable (its points run on in one paragraph) is named without a count: a
        // reader would stop at 0个属性.
        var count = ChineseNumerals.FormatCount(items.Count);
        return kind switch
        {
            SectionKind.Opening => "会议概况",
            SectionKind.Review => ReviewTitle(sentences),
            SectionKind.Attributes => items.Count == 0 ? "战略属性" : $"{count}个属性",
            SectionKind.Tasks => items.Count == 0 ? "重点任务" : $"{count}项重点任务",
            SectionKind.Requirements => items.Count == 0 ? "工作要求" : $"{count}项要求",
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
