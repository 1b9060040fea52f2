namespace Meeting.Corpus.Sections;

/// <summary>
/// The strategic attributes of education: a lead opened by 会议强调, then 一是…N是, then unnumbered points.
/// Some attributes contain 一体推进, which is no ordinal.
/// </summary>
public static class Attributes
{
    private static readonly string[] Leads =
    [
        "会议强调，锚定2035年建成教育强国目标，必须跳出教育看教育，聚焦推进中国式现代化这个最大的政治，深刻认识教育强国的主攻方向和战略布局，增强历史主动精神和战略思维，书写好以教育强国建设支撑引领中国式现代化的新篇章。",
        "会议强调，做好新时代教育工作，必须深刻把握教育的根本属性，坚持为党育人、为国育才。",
        "会议强调，建设教育强国是全面建成社会主义现代化强国的战略先导，必须准确把握教育的属性和定位。",
    ];

    private static readonly string[] Items =
    [
        "牢牢把握教育的政治属性，更加突出从国家利益的大政治上看教育，坚定不移培养社会主义建设者和接班人。",
        "牢牢把握教育的战略属性，更加突出从教育科技人才一体推进的大战略上办教育，坚定不移服务社会主义现代化强国建设。",
        "牢牢把握教育的民生属性，更加突出从经济社会发展的大民生上抓教育，坚定不移促进发展成果更多更公平惠及最广大人民群众。",
        "牢牢把握教育的人民属性，始终把人民满意作为衡量教育工作的根本标准，坚定不移办好人民满意的教育。",
        "牢牢把握教育的文化属性，更加突出以文化人、以文育人，坚定不移传承弘扬中华优秀传统文化。",
        "牢牢把握教育的创新属性，更加突出教育在科技创新中的基础性、先导性作用，坚定不移支撑高水平科技自立自强。",
    ];

    private static readonly string[] Closings =
    [
        "要准确把握教育与中国的关系，在中国式现代化的进程中找准定位，明确方向，想明白如何破局、如何开新局。",
        "准确把握中国教育与世界的关系，在国际新格局中补短板、锻长板，加快建成有重要影响力的世界教育中心。",
        "要准确把握教育与经济社会发展的关系，主动服务国家和区域重大战略，在服务大局中彰显教育担当。",
    ];

    public static IReadOnlyList<string> Write(ReportPlan plan, Random random)
    {
        if (plan.Attributes == 0)
        {
            return [];
        }
        var closing = random.PickDistinct(Closings, random.Next(0, 3));
        return NumberedPart.Lay(random.Pick(Leads), random.PickDistinct(Items, plan.Attributes), '是', closing, plan.Items.Attributes);
    }
}
