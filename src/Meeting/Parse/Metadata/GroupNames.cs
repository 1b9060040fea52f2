namespace Meeting.Parse;

/// <summary>
/// Splits a clause of attendees into groups at 、 (never inside brackets: 各省（区、市）教育厅 is one name) and
/// writes out the words the list shares, both ways:
/// 秘书局、各司局主要负责人 → 秘书局主要负责人, 各司局主要负责人 (the title of the last is shared);
/// 各计划单列市、新疆生产建设兵团教育局负责人 → 各计划单列市教育局负责人, … (a place shares the unit too);
/// 各高校党委书记、校长 → 各高校党委书记, 各高校校长 (a bare title shares the unit before it, without the party
/// organ unless the title is the organ's: 各学院党委书记、副书记 → 各学院党委副书记);
/// 各县（市、区）政府分管负责同志、教育局主要负责同志 → …, 各县（市、区）教育局主要负责同志 (a unit shares the place);
/// 受表彰的先进单位代表、先进个人 → …, 受表彰的先进个人 (a modifier is shared);
/// 省委常委、副省长张华 → one person with two posts.
/// </summary>
internal static class GroupNames
{
    /// <summary>Words that end the name of a group of people, longest first.</summary>
    private static readonly string[] Titles =
    [
        "领导班子成员", "班子成员", "主要负责同志", "分管负责同志", "主要负责人", "分管负责人", "有关负责同志", "有关负责人", "负责同志", "负责人",
        "党委书记", "党组书记", "党支部书记", "副书记", "书记", "副部长", "部长", "副主任", "主任", "副校长", "校长",
        "副院长", "院长", "副局长", "局长", "副厅长", "厅长", "副处长", "处长", "科长", "所长", "园长", "站长", "馆长",
        "秘书长", "组长", "委员", "常委", "联络员", "成员", "人员", "代表", "干部", "同志", "专家", "督学", "教师",
        "班主任", "职工", "党员", "负责干部", "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "副区长",
        "纪检委员", "组织委员", "宣传委员", "副镇长", "镇长", "乡长", "副乡长", "主席", "副主席", "组织员", "辅导员",
        "分管领导", "领导", "校领导", "党政负责人",
        "长", // 副县（市、区）长: a post in -长 that the list does not name
    ];

    // Words before a title that say what the post is for, not whose it is: 分管副局长, 教学副院长.
    private static readonly string[] Qualifiers = ["分管", "常务", "教学", "科研", "专职", "主管", "分管教育工作的", "业务"];

    // Units inside a body (教育厅的职业教育处): they share the whole body before them, not only its place.
    private const string Divisions = "处科室股";

    // Titles of a party organ: they keep the organ (党委副书记); other titles do not (院长 of 各学院党委书记、院长).
    private static readonly string[] OrganTitles = ["书记", "副书记", "委员", "纪检委员", "组织委员", "宣传委员", "组织员"];

    private static readonly string[] Organs = ["党委", "党组", "党总支", "党支部", "党组织", "党工委", "纪委"];

    // A piece that begins so names its own place or body and shares nothing: 市直各单位, 全县各中小学, 有关部门.
    // The host's own bodies (厅机关, 部直属单位) belong to no place before them either.
    private static readonly string[] OwnStarts =
        ["各", "全", "市", "县", "区", "省", "镇", "乡", "校", "本", "局", "机关", "直属", "相关", "有关", "部分", "其他", "驻", "中央", "国家",
         "厅", "部", "委", "署", "院", "在京", "京外"];

    private static readonly string[] PlaceEndings = ["自治区", "兵团", "省", "市", "区", "县", "州", "盟", "旗", "乡", "镇", "街道"];

    // The last character of a post, before a person's name (副省长张华, 书记李明).
    private const string PostEnds = "长记任员委席理督官";

    public static IEnumerable<string> Split(string clause)
    {
        var names = new List<string>();
        foreach (var segment in Segments(clause))
        {
            names.AddRange(SplitList(segment, names.Count > 0 ? names[^1] : null));
        }

        return names;
    }

    // One list of groups joined by 、, sharing words as the text intends; <paramref name="before"/> is the group
    // named just before the list (…分管领导和农业农村部门负责同志 shares the place of the group before 和).
    private static List<string> SplitList(List<string> pieces, string? before)
    {
        if (pieces.Count == 0)
        {
            return [];
        }

        if (IsPerson(pieces[^1]) && pieces.Take(pieces.Count - 1).All(p => TitleOf(p) is not null && !IsPerson(p)))
        {
            return [string.Join("、", pieces)];
        }

        var names = new List<string>();
        var last = pieces[^1];
        var lastTitle = TitleOf(last);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var previous = i > 0 ? names[i - 1] : before;
            if (previous is not null && PersonName.Split(previous) is { Posts.Length: > 0 } person && PersonName.Split(piece) is { Posts.Length: 0 })
            {
                names.Add(person.Posts + piece); // 市领导刘春燕、马骏: the post is shared
            }
            else if (previous is not null && IsBareTitle(piece) && UnitFor(previous, piece) is { Length: > 0 } unit)
            {
                names.Add(unit + piece);
            }
            else if (previous is not null && SharedStart(previous, piece) is { } start)
            {
                names.Add(start + (i < pieces.Count - 1 && lastTitle is not null && TitleOf(piece) is null ? piece + lastTitle : piece));
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

    /// <summary>
    /// The clause cut at 、, and at 和/及 where the words before them end with a title (各地分管领导和农业农村部门
    /// 负责同志: two groups; 人力资源和社会保障局负责人: one). A piece of one character (市、县两级…) is a place
    /// named with the next one, not a group.
    /// </summary>
    private static IEnumerable<List<string>> Segments(string clause)
    {
        var rest = clause;
        while (Conjunction(rest) is { } at)
        {
            yield return Pieces(rest[..at.Start]);
            rest = rest[(at.Start + at.Length)..];
        }

        yield return Pieces(rest);
    }

    private static List<string> Pieces(string list)
    {
        var pieces = new List<string>();
        foreach (var piece in TopLevel.Split(list, "、").Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (pieces.Count > 0 && pieces[^1].Length == 1)
            {
                pieces[^1] += "、" + piece;
            }
            else
            {
                pieces.Add(piece);
            }
        }

        return pieces;
    }

    // 和/及 outside brackets, after a title: the end of one list of groups and the start of the next.
    private static (int Start, int Length)? Conjunction(string clause)
    {
        foreach (var word in new[] { "以及", "和", "及" })
        {
            for (var at = clause.IndexOf(word, 1, StringComparison.Ordinal); at > 0; at = clause.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var head = clause[..at];
                if (head.Count(c => c == '（') == head.Count(c => c == '）') && TitleOf(head) is { } title && title != "长" && at + word.Length < clause.Length)
                {
                    return (at, word.Length);
                }
            }
        }

        return null;
    }

    private static string? TitleOf(string piece) =>
        Titles.Where(t => piece.EndsWith(t, StringComparison.Ordinal)).MaxBy(t => t.Length);

    // 校长, 分管副局长, 教学副院长: a title, perhaps with a word of what it is for, and no unit of its own.
    private static bool IsBareTitle(string piece)
    {
        // 院长（主任）: a title with the other name it goes by.
        var title = piece.EndsWith('）') && piece.IndexOf('（') is > 0 and var open ? piece[..open] : piece;
        return Titles.Contains(title) || Qualifiers.Any(q => title.StartsWith(q, StringComparison.Ordinal) && Titles.Contains(title[q.Length..]));
    }

    /// <summary>
    /// The unit a bare title shares from the piece before it: 各学院党委书记 before 副书记 gives 各学院党委 (the
    /// organ's own post); before 院长 it gives 各学院 (the party organ is not the college's administration).
    /// </summary>
    private static string? UnitFor(string previous, string title)
    {
        if (OrganTitles.Any(t => title.EndsWith(t, StringComparison.Ordinal)))
        {
            var own = OrganTitles.Where(t => previous.EndsWith(t, StringComparison.Ordinal)).MinBy(t => t.Length);
            return own is null ? UnitOf(previous) : previous[..^own.Length];
        }

        return UnitOf(previous) is { } unit ? WithoutOrgan(unit) : null;
    }

    private static string WithoutOrgan(string unit)
    {
        foreach (var organ in Organs)
        {
            var at = unit.IndexOf(organ, StringComparison.Ordinal);
            if (at > 0)
            {
                return unit[..at];
            }
        }

        return unit;
    }

    /// <summary>
    /// The words a piece shares with the one before it at its start: the place (各县（市、区）) where the piece
    /// names a unit without one (教育局主要负责同志), the whole body where it names a division of it (职业教育处
    /// after 各省（区、市）教育厅（教委）分管负责同志), or a modifier ending in 的 (受表彰的).
    /// </summary>
    private static string? SharedStart(string previous, string piece)
    {
        if (OwnStarts.Any(s => piece.StartsWith(s, StringComparison.Ordinal)) || HasOwnPlace(piece))
        {
            return null;
        }

        if (TitleOf(piece) is { } title && piece.Length > title.Length && Divisions.Contains(piece[..^title.Length][^1])
            && !piece[..^title.Length].EndsWith("办事处", StringComparison.Ordinal)
            && previous.StartsWith('各') && UnitOf(previous) is { Length: > 0 } body)
        {
            var qualifier = Qualifiers.FirstOrDefault(q => body.EndsWith(q, StringComparison.Ordinal));
            return qualifier is null ? body : body[..^qualifier.Length];
        }

        if (!previous.StartsWith('各'))
        {
            var of = previous.IndexOf('的');
            return of is > 0 and <= 8 && !piece.Contains('的') ? previous[..(of + 1)] : null;
        }

        // 各县（市、区）, 各镇（街道）, 各县市区: 各, then a place that ends with its bracket or a place ending.
        var close = previous.IndexOf('）');
        if (close > 1 && close < 12)
        {
            return previous[..(close + 1)];
        }

        var end = PlaceEndings.Select(e => (At: previous.IndexOf(e, 1, StringComparison.Ordinal), e.Length)).Where(p => p.At > 0 && p.At < 6)
            .Select(p => p.At + p.Length).DefaultIfEmpty(-1).Max();
        return end > 1 ? previous[..end] : null;
    }

    // The unit a titled piece belongs to: 各高校党委书记 → 各高校.
    private static string? UnitOf(string piece) => TitleOf(piece) is { } title ? piece[..^title.Length] : null;

    private static bool IsPerson(string piece) => PersonName.Split(piece) is { Posts.Length: > 0 };

    // 平潭综合实验区教育局局长, 新疆生产建设兵团体育局局长: a piece that names its own place shares none.
    private static bool HasOwnPlace(string piece)
    {
        var head = piece.Length > 8 ? piece[..8] : piece;
        return PlaceEndings.Any(e => head.IndexOf(e, 1, StringComparison.Ordinal) > 0);
    }

    /// <summary>
    /// What a piece borrows from the last piece of its list: the title, and where the piece is a place
    /// (各计划单列市) the unit after the last one's place too (教育局负责人 of 新疆生产建设兵团教育局负责人).
    /// </summary>
    private static string Shared(string piece, string last, string title)
    {
        var holder = last[..^title.Length];
        var place = piece.EndsWith('）') && piece.LastIndexOf('（') is > 0 and var open ? piece[..open] : piece; // 各市（州）
        if (!PlaceEndings.Any(e => place.EndsWith(e, StringComparison.Ordinal)))
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

        // Only a body is shared (教育局, 卫生健康委); 县直有关单位 is no body of the place before it.
        var unit = placeEnd > 0 && placeEnd < holder.Length ? holder[placeEnd..] : "";
        return unit.Length > 0 && "局厅委办".Contains(unit[^1]) ? unit + title : title;
    }
}
