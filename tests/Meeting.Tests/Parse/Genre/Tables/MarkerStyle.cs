namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// A way official writing numbers the points of a list. <see cref="Written"/> is what stands before the heading
/// (一是, 第一，, （一）, 1.), <see cref="Outline"/> the marker an editor writes in the outline (the marker without
/// the punctuation that follows it). <see cref="Inline"/> says whether the style is also used with several points
/// in one paragraph; 一、 and 1. stand at the start of a paragraph only. <see cref="HeadingPrefix"/> is a word the
/// text puts between marker and heading (一是要…), which then opens the heading.
/// </summary>
public sealed record MarkerStyle(string Name, bool Inline, int MaxItems, Func<int, int, string> Written, Func<int, int, string> Outline, string HeadingPrefix = "");

/// <summary>The marker styles of Chinese official writing; none of them says what kind of list it numbers.</summary>
public static class MarkerStyles
{
    private static string Cn(int i) => ChineseNumber.Of(i);

    public static readonly MarkerStyle Shi = new("一是", true, 20, (i, _) => Cn(i) + "是", (i, _) => Cn(i) + "是");
    public static readonly MarkerStyle ShiYao = new("一是要", true, 20, (i, _) => Cn(i) + "是", (i, _) => Cn(i) + "是", "要");
    public static readonly MarkerStyle Yao = new("一要", true, 20, (i, _) => Cn(i) + "要", (i, _) => Cn(i) + "要");
    public static readonly MarkerStyle Di = new("第一，", true, 20, (i, _) => "第" + Cn(i) + "，", (i, _) => "第" + Cn(i));
    public static readonly MarkerStyle Bracket = new("（一）", true, 20, (i, _) => "（" + Cn(i) + "）", (i, _) => "（" + Cn(i) + "）");
    public static readonly MarkerStyle Comma = new("一、", false, 20, (i, _) => Cn(i) + "、", (i, _) => Cn(i));
    public static readonly MarkerStyle Dot = new("1.", false, 20, (i, _) => $"{i}.", (i, _) => $"{i}");
    public static readonly MarkerStyle Digit = new("1、", false, 20, (i, _) => $"{i}、", (i, _) => $"{i}");
    public static readonly MarkerStyle Sequence = new("首先", true, 4, (i, n) => Sequential(i, n) + "，", Sequential);

    // 首先, 其次, 再次, 最后: the last point is 最后 once there are three or more.
    private static string Sequential(int i, int count) =>
        i == 1 ? "首先" : i == count && count >= 3 ? "最后" : i == 2 ? "其次" : "再次";
}
