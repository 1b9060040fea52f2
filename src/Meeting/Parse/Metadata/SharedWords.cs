namespace Meeting.Parse;

/// <summary>
/// The words groups listed together share, as the text intends them: the title of the last group, the place or
/// the body of the group before, the unit before a bare title, a modifier ending in 的 (see <see cref="GroupNames"/>).
/// </summary>
internal static partial class SharedWords
{
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

    public static readonly string[] PlaceEndings = ["自治区", "兵团", "省", "市", "区", "县", "州", "盟", "旗", "乡", "镇", "街道"];

    /// <summary>
    /// The unit a bare title shares from the piece before it: 各学院党委书记 before 副书记 gives 各学院党委 (the
    /// organ's own post); before 院长 it gives 各学院 (the party organ is not the college's administration).
    /// </summary>
    public static string? UnitFor(string previous, string title)
    {
        // 纪委书记 after 各高校党委书记: another organ of the same unit (各高校纪委书记), not one within the party committee.
        if (Organs.Any(o => title.StartsWith(o, StringComparison.Ordinal)))
        {
            return UnitOf(previous) is { } body ? WithoutOrgan(body) : null;
        }

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
    public static string? SharedStart(string previous, string piece)
    {
        // 县水利局领导班子成员、各股室负责人: the divisions are the body's own (县水利局各股室负责人).
        if (DivisionsOfABody().IsMatch(piece) && BodyOf(previous) is { } own)
        {
            return own;
        }

        if (OwnStarts.Any(s => piece.StartsWith(s, StringComparison.Ordinal)) || HasOwnPlace(piece))
        {
            return null;
        }

        if (GroupTitles.TitleOf(piece) is { } title && piece.Length > title.Length && Divisions.Contains(piece[..^title.Length][^1])
            && !piece[..^title.Length].EndsWith("办事处", StringComparison.Ordinal)
            && previous.StartsWith('各') && UnitOf(previous) is { Length: > 0 } body)
        {
            var qualifier = GroupTitles.Qualifiers.FirstOrDefault(q => body.EndsWith(q, StringComparison.Ordinal));
            return qualifier is null ? body : body[..^qualifier.Length];
        }

        if (!previous.StartsWith('各'))
        {
            var of = previous.IndexOf('的');
            return of is > 0 and <= 8 && !piece.Contains('的') ? previous[..(of + 1)] : null;
        }

        // 定点医药机构代表 after 各县（市、区）医疗保障局主要负责人: representatives of a kind of body come from it, not
        // from each place.
        if (piece.EndsWith("代表", StringComparison.Ordinal))
        {
            return null;
        }

        // 各县（市、区）, 各镇（街道）, 各县市区: 各, then a place that ends with its bracket or a place ending. A bracket
        // further on is inside a title (各县区分管副县（区）长), not the place's own.
        var open = previous.IndexOf('（');
        var close = previous.IndexOf('）');
        if (open is > 1 and < 6 && close > open && close < 12)
        {
            // 各县（市）区: the place goes on after its bracket.
            var placeEnd = close + 1;
            while (placeEnd < previous.Length && "区县市旗".Contains(previous[placeEnd]))
            {
                placeEnd++;
            }

            return previous[..placeEnd];
        }

        var end = PlaceEndings.Select(e => (At: previous.IndexOf(e, 1, StringComparison.Ordinal), e.Length)).Where(p => p.At > 0 && p.At < 6)
            .Select(p => p.At + p.Length).DefaultIfEmpty(-1).Max();
        return end > 1 ? previous[..end] : null;
    }

    // 县水利局领导班子成员 → 县水利局: the body a piece names, up to the word that makes it one.
    private static string? BodyOf(string piece)
    {
        var end = piece.LastIndexOfAny(['局', '厅', '委', '办', '院']);
        return end >= 2 && !piece.StartsWith('各') ? piece[..(end + 1)] : null;
    }

    // The end of a body's name: 市减灾委 of 市减灾委成员单位, 市安委会.
    [System.Text.RegularExpressions.GeneratedRegex("^.{2,12}?(委员会|委|会|局|厅|办)(?=成员单位|成员|各|直属)|^.{2,12}(委员会|委|会|局|厅|办)$")]
    private static partial System.Text.RegularExpressions.Regex BodyEnd();

    [System.Text.RegularExpressions.GeneratedRegex("^各(处室|科室|股室|处|科|股)")]
    private static partial System.Text.RegularExpressions.Regex DivisionsOfABody();

    // The unit a titled piece belongs to: 各高校党委书记 → 各高校.
    private static string? UnitOf(string piece) => GroupTitles.TitleOf(piece) is { } title ? piece[..^title.Length] : null;

    public static bool IsPerson(string piece) => PersonName.Split(piece) is { Posts.Length: > 0 };

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
    public static string Shared(string piece, string last, string title)
    {
        var holder = last[..^title.Length];
        // 市安委会、市减灾委成员单位分管负责同志: a body shares what follows the last one's body (成员单位…).
        if (BodyEnd().Match(piece).Success && BodyEnd().Match(holder) is { Success: true } body && body.Index + body.Length < holder.Length
            && holder.IndexOf(body.Value, StringComparison.Ordinal) is var at && at >= 0 && holder[(at + body.Length)..] is var after
            && after.Length is > 0 and <= 6 && !PlaceEndings.Any(e => after.EndsWith(e, StringComparison.Ordinal)))
        {
            return after + title;
        }

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
