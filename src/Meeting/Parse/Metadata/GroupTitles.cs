namespace Meeting.Parse;

/// <summary>The words that end the name of a group of people (负责人, 党委书记, 校长), and what a bare title is.</summary>
internal static partial class GroupTitles
{
    /// <summary>Words that end the name of a group of people; a name ends with the longest that fits.</summary>
    public static readonly string[] Titles =
    [
        "领导班子成员", "班子成员", "主要负责同志", "分管负责同志", "主要负责人", "分管负责人", "有关负责同志", "有关负责人", "相关负责同志", "相关负责人", "有关领导", "相关领导", "负责同志", "负责人",
        "党委书记", "党组书记", "党支部书记", "副书记", "书记", "副部长", "部长", "副主任", "主任", "副校长", "校长",
        "副院长", "院长", "副局长", "局长", "副厅长", "厅长", "副处长", "处长", "科长", "所长", "园长", "站长", "馆长",
        "秘书长", "组长", "委员", "常委", "联络员", "成员", "人员", "代表", "干部", "同志", "专家", "督学", "教师",
        "班主任", "职工", "党员", "负责干部", "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "副区长",
        "纪检委员", "组织委员", "宣传委员", "副镇长", "镇长", "乡长", "副乡长", "主席", "副主席", "组织员", "辅导员",
        "分管领导", "领导", "校领导", "党政负责人",
        "纪委书记", "纪委副书记", "纪工委书记", "纪检组长", "纪检监察组组长", "董事长", "副董事长", "总经理", "副总经理", "经理", "总会计师", "总工程师", "总经济师", "董事", "监事长", "总队长", "支队长", "大队长",
        "长", // 副县（市、区）长: a post in -长 that the list does not name
    ];

    // Words before a title that say what the post is for, not whose it is: 分管副局长, 教学副院长.
    public static readonly string[] Qualifiers = ["分管教育工作的", "分管", "常务", "教学", "科研", "专职", "主管", "业务", "学生工作", "行政"];

    public static string? TitleOf(string piece) =>
        Titles.Where(t => piece.EndsWith(t, StringComparison.Ordinal)).MaxBy(t => t.Length);

    // 校长, 分管副局长, 教学副院长: a title, perhaps with a word of what it is for, and no unit of its own.
    public static bool IsBareTitle(string piece)
    {
        // 院长（主任）: a title with the other name it goes by; 校（园）长: a title for two kinds of unit at once.
        var title = piece.EndsWith('）') && piece.IndexOf('（') is > 0 and var open ? piece[..open] : piece;
        title = InnerAlternative().Replace(title, "");
        // 分管科研副院长: qualifiers one after another before the title.
        while (Qualifiers.FirstOrDefault(q => title.StartsWith(q, StringComparison.Ordinal) && title.Length > q.Length) is { } qualifier)
        {
            title = title[qualifier.Length..];
        }

        return Titles.Contains(title);
    }

    [System.Text.RegularExpressions.GeneratedRegex("（[^（）]{1,3}）")]
    private static partial System.Text.RegularExpressions.Regex InnerAlternative();
}
