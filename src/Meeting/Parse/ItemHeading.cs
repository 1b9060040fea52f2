using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// An item's heading is its first clause without the marker: 一要着力构建…新格局。 gives 着力构建…新格局.
/// A clause too short to say anything (一年来) or one that only frames the point (会议指出, 回顾2021年) gives way to the next one.
/// </summary>
public static partial class ItemHeading
{
    private const int ShortestUsefulClause = 4;
    private static readonly char[] ClauseEnds = ['，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?'];

    public static string Of(string sentence, string marker)
    {
        var rest = sentence[marker.Length..].TrimStart('，', '、', ',', ' ');
        var clauses = rest.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var heading = clauses.FirstOrDefault(c => c.Length >= ShortestUsefulClause && !IsFrame(c))
            ?? clauses.FirstOrDefault() ?? rest;
        return heading.Trim();
    }

    private static bool IsFrame(string clause) => GenreVocabulary.FrameClauses.Contains(clause) || TimeFrame().IsMatch(clause);

    // A clause that only sets the time: 回顾2021年, 过去五年, 2023年以来, 近三年来.
    [GeneratedRegex(@"^(回顾|刚刚过去的|过去的?|近)?[0-9一二三四五六七八九十两]{1,4}年(来|以来)?$")]
    private static partial Regex TimeFrame();
}
