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

        if (SharedWords.IsPerson(pieces[^1]) && pieces.Take(pieces.Count - 1).All(p => GroupTitles.TitleOf(p) is not null && !SharedWords.IsPerson(p)))
        {
            return [string.Join("、", pieces)];
        }

        var names = new List<string>();
        var last = pieces[^1];
        var lastTitle = GroupTitles.TitleOf(last);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var previous = i > 0 ? names[i - 1] : before;
            if (previous is not null && PersonName.Split(previous) is { Posts.Length: > 0 } person && PersonName.Split(piece) is { Posts.Length: 0 })
            {
                names.Add(person.Posts + piece); // 市领导刘春燕、马骏: the post is shared
            }
            else if (previous is not null && GroupTitles.IsBareTitle(piece) && SharedWords.UnitFor(previous, piece) is { Length: > 0 } unit)
            {
                names.Add(unit + piece);
            }
            else if (previous is not null && SharedWords.SharedStart(previous, piece) is { } start)
            {
                names.Add(start + (i < pieces.Count - 1 && lastTitle is not null && GroupTitles.TitleOf(piece) is null ? piece + lastTitle : piece));
            }
            else if (i < pieces.Count - 1 && lastTitle is not null && GroupTitles.TitleOf(piece) is null && !GroupTitles.IsBareTitle(last))
            {
                names.Add(piece + SharedWords.Shared(piece, last, lastTitle));
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
                if (head.Count(c => c == '（') == head.Count(c => c == '）') && GroupTitles.TitleOf(head) is { } title && title != "长" && at + word.Length < clause.Length)
                {
                    return (at, word.Length);
                }
            }
        }

        return null;
    }
}
