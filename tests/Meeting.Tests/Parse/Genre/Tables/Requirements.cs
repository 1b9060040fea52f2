namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// How to carry the year's work out: organisation, responsibility, supervision, style of work. The same in every
/// sector, as published reports show; "heading，detail" like the sectors' lists.
/// </summary>
public static class Requirements
{
    public static readonly IReadOnlyList<string> All =
    [
        "切实加强组织领导，主要负责同志要亲自抓、负总责",
        "压紧压实工作责任，层层传导压力、层层落实责任",
        "强化督查考核，建立健全工作落实情况通报制度",
        "持续改进工作作风，坚决反对形式主义、官僚主义",
        "加强统筹协调，形成推动工作的强大合力",
        "强化要素保障，加大经费投入力度",
        "加强宣传引导，营造良好舆论氛围",
        "提升干部队伍能力本领，增强抓落实的本领",
        "严守纪律规矩，持之以恒正风肃纪",
        "守牢安全稳定底线，有效防范化解各类风险",
        "健全工作机制，完善闭环落实机制",
        "坚持问题导向，聚焦突出问题精准发力",
        "从政治上提升抓落实的能力，增强政治判断力、政治领悟力、政治执行力",
        "在方法上创新抓落实的路径，大兴调查研究之风",
        "压实第一责任人责任，一把手要带头抓落实",
    ];
}
