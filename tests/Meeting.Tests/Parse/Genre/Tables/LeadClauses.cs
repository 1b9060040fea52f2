namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// What a part says before its first point, without the punctuation that ends it (the writer chooses ：, 。 or ，).
/// Placeholders: {scope} 全省, {sector} 教育, {subject} 全省教育系统, {year} the meeting's year, {last} the year
/// before, {n} the number of points in Chinese (重点抓好七个方面工作).
/// </summary>
public static class LeadClauses
{
    public static readonly IReadOnlyList<string> Review =
    [
        "过去一年，{scope}{sector}工作取得显著成效",
        "{last}年，{subject}主要做了以下工作",
        "一年来，{scope}{sector}事业发展取得新的成绩",
        "{last}年{scope}{sector}工作亮点纷呈",
        "过去一年，{subject}攻坚克难，重点做了{n}个方面的工作",
    ];

    public static readonly IReadOnlyList<string> Attributes =
    [
        "做好新时代{sector}工作，必须深刻把握以下几点",
        "推进{sector}事业高质量发展，必须坚持以下原则",
        "要准确把握新时代{sector}工作的基本遵循",
        "{last}年的实践使我们深刻体会到",
        "做好{sector}工作，必须始终坚持“{n}个坚持”",
        "要深刻认识{sector}工作面临的新形势新要求，牢牢把握工作主动",
    ];

    public static readonly IReadOnlyList<string> Tasks =
    [
        "{year}年，{subject}要重点抓好以下工作",
        "做好{year}年{sector}工作，要突出抓好以下重点任务",
        "要聚焦目标任务，扎实推进各项重点工作落地见效",
        "{year}年是实现“十四五”规划目标任务的关键一年，要扎实做好以下工作",
        "{year}年要着力抓好{n}个方面的工作",
        "会议对{year}年重点工作作出部署",
    ];

    public static readonly IReadOnlyList<string> Requirements =
    [
        "要以钉钉子精神抓好各项工作落实",
        "要切实加强组织保障，确保各项任务落地见效",
        "抓好今年工作，要做到以下几点",
        "要以更加务实的作风推动工作落实",
        "各地各部门要以担当作为的实际行动抓落实",
        "要不折不扣抓好工作落实",
    ];

    /// <summary>Short leads after which the points follow inside the same sentence (做好今年工作，一要…；二要…).</summary>
    public static readonly IReadOnlyList<string> AttributesInSentence = ["做好新时代{sector}工作", "推进{sector}事业高质量发展", "新的一年"];

    public static readonly IReadOnlyList<string> TasksInSentence = ["做好今年工作", "做好{year}年{sector}工作", "新的一年", "围绕上述目标"];

    public static readonly IReadOnlyList<string> RequirementsInSentence = ["抓好今年工作落实", "确保各项任务落到实处", "推动工作落实"];

    /// <summary>A sentence that opens a review before its achievements (2023年是…的一年。).</summary>
    public static readonly IReadOnlyList<string> ReviewOpeners =
    [
        "刚刚过去的{last}年，是极不平凡的一年",
        "{last}年是{scope}{sector}事业发展进程中很不平凡的一年",
        "过去一年，面对复杂严峻的形势和艰巨繁重的任务，{subject}攻坚克难、砥砺前行",
        "会议充分肯定了{last}年{scope}{sector}工作取得的成绩",
    ];
}
