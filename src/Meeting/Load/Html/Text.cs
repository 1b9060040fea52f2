using System.Text.RegularExpressions;

namespace Meeting.Load;

/// <summary>Text of a page as a reader sees it: runs of white space (U+3000 and &amp;nbsp; included) are one space, none at the ends.</summary>
internal static partial class Text
{
    public static string Normalise(string text) => Space().Replace(text, " ").Trim();

    // Between two Chinese characters a space is only layout of the page: 会议 指出 reads 会议指出.
    public static string WithoutLayoutSpaces(string text) => CjkSpace().Replace(Normalise(text), "");

    [GeneratedRegex(@"[\s\u00a0\u3000]+")]
    private static partial Regex Space();

    [GeneratedRegex(@"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")]
    private static partial Regex CjkSpace();
}
