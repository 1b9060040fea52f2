namespace Meeting.Parse;

/// <summary>
/// Splits a clause of attendees into groups at 、 (never inside brackets: 各省（区、市）教育厅 is one name) and
/// writes out the words the list shares, both ways:
/// 秘书局、各司局主要负责人 → 秘书局主要负责人, 各司局主要负责人 (the title of the last is shared);
/// 各计划单列市、新疆生产建设兵团教育局负责人 → 各计划单列市教育局负责人, … (a place shares the unit too);
/// 各高校党委书记、校长 → 各高校党委书记, 各高校校长 (a bare title shares the unit before it);
/// 省委常委、副省长张华 → one person with two posts.
/// </summary>
internal static class GroupNames
{
    /// <summary>Words that end the name of a group of people, longest first.</summary>
    private static readonly string[] Titles =
    [
        "主要负责同志", "分管负责同志", "主要负责人", "分管负责人", "有关负责同志", "有关负责人", "负责同志", "负责人",
        "党委书记", "党组书记", "党支部书记", "副书记", "书记", "副部长", "部长", "副主任", "主任", "副校长", "校长",
        "副院长", "院长", "副局长", "局长", "副厅长", "厅长", "副处长", "处长", "科长", "所长", "园长", "站长", "馆长",
        "秘书长", "组长", "委员", "常委", "联络员", "成员", "人员", "代表", "干部", "同志", "专家", "督学", "教师",
        "班主任", "职工", "党员", "负责干部", "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "副区长",
    ];

    private static readonly string[] PlaceEndings = ["自治区", "兵团", "省", "市", "区", "县", "州", "盟", "旗", "乡", "镇", "街道"];

    // The last character of a post, before a person's name (副省长张华, 书记李明).
    private const string PostEnds = "长记任员委席理督官";

    public static IEnumerable<string> Split(string clause)
    {
        var pieces = TopLevel.Split(clause, "、").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count == 0)
        {
            return [];
        }

        if (PersonNameAt(pieces[^1]) && pieces.Take(pieces.Count - 1).All(p => TitleOf(p) is not null && !PersonNameAt(p)))
        {
            return [string.Join("、", pieces)];
        }

        var names = new List<string>();
        var last = pieces[^1];
        var lastTitle = TitleOf(last);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (i > 0 && IsBareTitle(piece) && UnitOf(pieces[i - 1]) is { Length: > 0 } unit)
            {
                names.Add(unit + piece);
            }
            else if (i < pieces.Count - 1 && lastTitle is not null && TitleOf(piece) is null && !IsBareTitle(last))
            {
                names.Add(piece + Shared(piece, last, lastTitle));
            }
            else
            {
                names.Add(piece);
            }
        }

        return names;
    }

    private static string? TitleOf(string piece) =>
        Titles.Where(t => piece.EndsWith(t, StringComparison.Ordinal)).MaxBy(t => t.Length);

    // 校长, 分管副局长: the piece is a title and nothing more.
    private static bool IsBareTitle(string piece)
    {
        var rest = piece.StartsWith("分管", StringComparison.Ordinal) || piece.StartsWith("常务", StringComparison.Ordinal) ? piece[2..] : piece;
        return Titles.Contains(rest);
    }

    // The unit a titled piece belongs to: 各高校党委书记 → 各高校.
    private static string? UnitOf(string piece) => TitleOf(piece) is { } title ? piece[..^title.Length] : null;

    private static bool PersonNameAt(string piece)
    {
        for (var length = 2; length <= 3; length++)
        {
            var at = piece.Length - length;
            if (at > 1 && PostEnds.Contains(piece[at - 1]) && IsHan(piece.AsSpan(at)) && TitleOf(piece[..at]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a piece borrows from the last piece of its list: the title, and where the piece is a place
    /// (各计划单列市) the unit after the last one's place too (教育局负责人 of 新疆生产建设兵团教育局负责人).
    /// </summary>
    private static string Shared(string piece, string last, string title)
    {
        var holder = last[..^title.Length];
        if (!PlaceEndings.Any(e => piece.EndsWith(e, StringComparison.Ordinal)))
        {
            return title;
        }

        var placeEnd = -1;
        for (var i = 0; i < holder.Length; i++)
        {
            foreach (var ending in PlaceEndings.Append("）"))
            {
                if (string.CompareOrdinal(holder, i, ending, 0, ending.Length) == 0)
                {
                    placeEnd = Math.Max(placeEnd, i + ending.Length);
                }
            }
        }

        return placeEnd > 0 && placeEnd < holder.Length ? holder[placeEnd..] + title : title;
    }

    private static bool IsHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '\u4e00' or > '\u9fff')
            {
                return false;
            }
        }

        return true;
    }
}
