namespace Meeting.Corpus.Sections;

/// <summary>
/// How the tasks are to be carried out: a lead opened by 会议要求, then 一是…N是, and sometimes a
/// closing sentence opened by 会议强调, which belongs to this part, not to a new one.
/// </summary>
public static class Requirements
{
    private static readonly string[] Leads =
    [
        "会议要求，要以挺膺担当、奋发有为的姿态，不折不扣抓落实、雷厉风行抓落实、求真务实抓落实、敢作善为抓落实，做党中央决策部署的执行者、行动派、实干家，不断开创教育强国建设新局面。",
        "会议要求，各地各校要切实增强责任感和紧迫感，以钉钉子精神抓好各项任务落实。",
        "会议要求，要坚持干字当头、实字为先，推动各项工作落地见效。",
    ];

    private static readonly string[] Items =
    [
        "从政治上提升抓落实的能力，增强政治敏锐性，巩固深化主题教育成果，加强政治机关建设，时刻拧紧安全这根弦。",
        "从战略上把握抓落实的路径，把握教育、科技、人才一体推进的内在规律性，加强科教融汇、产教融合、人才培养间的纽带联系，加强世界各国教育政策和教育自身规律研究。",
        "在方法上以试点推动抓落实，鼓励各地各校积极推进试点，分析把握试点过程中的本质与核心问题，及时总结复盘，不断积累经验，形成可复制可推广的解决方案。",
        "在作风上强化抓落实的保障，深刻领悟习近平总书记关于党的自我革命的重要思想，坚持一体推进“三不腐”，深入开展党性党风党纪教育，严格落实中央八项规定精神要求，持续纠“四风”树新风。",
        "强化组织领导，各级党委和政府要把教育摆在优先发展的战略地位，定期研究解决教育改革发展重大问题。",
        "强化经费保障，坚持一般公共预算教育支出逐年只增不减，确保财政性教育经费支出占国内生产总值比例一般不低于4%。",
        "强化督导考核，健全教育督导评估监测机制，把督导结果作为考核、奖惩的重要依据。",
        "强化宣传引导，讲好中国教育故事，营造全社会关心支持教育的良好氛围。",
        "强化风险防范，坚持底线思维，统筹发展和安全，有效防范化解教育领域重大风险。",
    ];

    private static readonly string[] Closings =
    [
        "会议强调，要做有理想、负责任的行动主义者，把握抓落实的方法和机制，围绕界定目标任务、设计评价体系、制定制度政策、总结形成解决方案，迅速落实，突出实干，将习近平总书记重要指示批示精神和党中央决策部署转化为教育强国建设的生动实践。",
        "会议强调，要以时不我待、只争朝夕的精神状态，推动各项任务落地见效，以优异成绩迎接新的挑战。",
    ];

    public static IReadOnlyList<string> Write(ReportPlan plan, Random random)
    {
        IReadOnlyList<string> closing = plan.RequirementsClosing ? [random.Pick(Closings)] : [];
        return NumberedPart.Lay(random.Pick(Leads), random.PickDistinct(Items, plan.Requirements), '是', closing, plan.Items.Requirements);
    }
}
