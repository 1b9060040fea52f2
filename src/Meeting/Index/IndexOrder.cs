namespace Meeting.Index;

/// <summary>
/// The order of the index: by letter group (A–Z, then "#"), then by pinyin (ICU zh-CN on the term's sort form),
/// then by code point, so that no two different terms compare equal and every build gives the same order.
/// </summary>
public sealed class IndexOrder : IComparer<string>
{
    public static readonly IndexOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byGroup = GroupRank(IndexLetter.Of(x)).CompareTo(GroupRank(IndexLetter.Of(y)));
        if (byGroup != 0)
        {
            return byGroup;
        }

        var byPinyin = PinyinCollation.CompareInfo.Compare(PinyinReading.SortForm(x), PinyinReading.SortForm(y));
        return byPinyin != 0 ? byPinyin : string.CompareOrdinal(x, y);
    }

    /// <summary>A–Z in alphabet order, "#" last.</summary>
    private static int GroupRank(string letter) => letter == IndexLetter.Other ? 26 : letter[0] - 'A';
}
