namespace Meeting.Parse;

/// <summary>
/// An item's heading is its first clause without the marker: 一要着力构建…新格局。 gives 着力构建…新格局.
/// A clause too short to say anything (一年来) gives way to the next one.
/// </summary>
public static class ItemHeading
{
    private const int ShortestUsefulClause = 4;
    private static readonly char[] ClauseEnds = ['，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?'];

    public static string Of(string sentence, string marker)
    {
        var rest = sentence[marker.Length..].TrimStart('，', '、', ',', ' ');
        var clauses = rest.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var heading = clauses.FirstOrDefault(c => c.Length >= ShortestUsefulClause) ?? clauses.FirstOrDefault() ?? rest;
        return heading.Trim();
    }
}
