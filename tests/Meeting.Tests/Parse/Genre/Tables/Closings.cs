namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// Sentences that close a part after its last point, and paragraphs that stand outside every part: a call to
/// action, speeches of exchange, awards, other business. Placeholders as in <see cref="LeadClauses"/>, plus {units}
/// for the units that spoke.
/// </summary>
public static class Closings
{
    public static readonly IReadOnlyList<string> ReviewSentences =
    [
        "{scope}{sector}事业发展取得新成效，为经济社会高质量发展作出了积极贡献。",
        "这些成绩的取得，是{scope}上下团结奋斗的结果。",
        "一年来，{subject}始终坚持稳中求进，推动各项工作迈上新台阶。",
    ];

    public static readonly IReadOnlyList<string> ListSentences =
    [
        "会议强调，要做实干家，不断开创{sector}工作新局面。",
        "要准确把握新形势新任务，在服务大局中找准定位。",
        "各地要结合实际，抓好贯彻落实。",
        "要以钉钉子精神推动各项任务落地见效。",
    ];

    public static readonly IReadOnlyList<string> ItemContinuations =
    [
        "各地要结合实际，制定具体实施方案。",
        "要把这项工作列入年度重点工作，加大推进力度。",
        "相关部门要加强协同，形成工作合力。",
    ];

    public static readonly IReadOnlyList<string> CallsToAction =
    [
        "会议号召，{subject}要更加紧密地团结在以习近平同志为核心的党中央周围，锚定目标、真抓实干，为推进中国式现代化作出新的更大贡献。",
        "会议号召，{scope}上下要坚定信心、攻坚克难，奋力谱写{sector}事业高质量发展新篇章。",
    ];

    public static readonly IReadOnlyList<string> Exchanges =
    [
        "会上，{units}作交流发言。",
        "会上，{units}等单位作了交流发言。",
        "{units}的负责同志在会上作交流发言。",
    ];

    public static readonly IReadOnlyList<string> OtherBusiness =
    [
        "会议对{last}年度{scope}{sector}工作先进集体和先进个人进行了表彰。",
        "会议审议通过了《{year}年{scope}{sector}工作要点》。",
        "会前，与会人员观看了{last}年{scope}{sector}工作专题片。",
    ];
}
