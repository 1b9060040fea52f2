using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The requirements say how to carry the work out: the lead asks for delivery (抓落实, 确保…落到实处), the points
/// name organisation, responsibility, supervision and the style of work (压实责任, 强化督导, 转变作风).
/// 会议要求 leads tasks as often as requirements, so the lead verb weighs little here.
/// </summary>
internal sealed class RequirementsRecogniser : IPartRecogniser
{
    private static readonly string[] Delivery =
    [
        "抓落实", "狠抓落实", "落到实处", "落地落实", "见到实效", "见实效", "取得实效", "工作要求", "真抓实干",
        "钉钉子", "担当作为", "压实责任", "层层压实", "确保各项", "抓好落实", "推动落实", "贯彻落实好", "主体责任", "扛起",
        "切实担负", "工作落实", "更高标准", "提供坚强保证", "提供有力保障",
    ];

    private static readonly string[] CarryingOut =
    [
        "组织领导", "加强领导", "领导", "责任", "压实", "督导", "督查", "督促", "督办", "考核", "问责", "作风", "担当", "实干",
        "纪律", "廉洁", "清廉", "协同", "统筹", "合力", "联动", "氛围", "宣传", "舆论", "保障", "底线", "风险", "本领",
        "能力", "站位", "落实", "方法", "调查研究", "调研", "执行", "形式主义", "官僚主义", "减负", "效率", "实效", "闭环",
        "清单", "台账", "路线图", "时间表", "站位", "干部", "作为", "职责", "配合", "协调", "履职", "尽责", "督促",
        "检查", "通报", "激励", "容错", "表率", "示范", "带头", "一岗双责", "第一责任人", "分工", "监督", "执纪",
        "干部队伍", "过硬队伍", "自身建设", "传达学习", "细化", "部署要求",
        // The party's hold on the work: the requirements of most reports begin with it.
        "从严治党", "八项规定", "政治建设", "党风廉政", "党的建设", "坚强保证", "政治保证",
    ];

    private static readonly string[] Proceedings = ["会上", "会议期间", "与会", "签订了", "宣读了", "表彰了", "交流发言", "号召"];

    public SectionKind Kind => SectionKind.Requirements;

    public PartEvidence Judge(BlockReading block)
    {
        var cues = new CueSheet();
        var lead = block.Lead.Length > 0 ? block.Lead : block.Opening;
        cues.AnyOf(lead, Delivery, 2.5, "the lead asks for delivery");
        if (lead.StartsWith("会议要求", StringComparison.Ordinal))
        {
            cues.Add(0.5, "led by 会议要求");
        }

        cues.ShareOfItems(block.Units, CarryingOut, 3.5, "how to carry the work out");
        if (!block.IsList)
        {
            // 会上，…签订了目标责任书; 会议号召…: what was done at the meeting, or a call to all, is no requirement.
            cues.AnyOf(block.Opening, Proceedings, -2, "tells what was done at the meeting");
        }
        if (block.IsList && block.Items.Count > 6)
        {
            cues.Add(-Math.Min(block.Items.Count - 6, 6) * 0.15, $"{block.Items.Count} points: more than requirements usually are");
        }

        return cues.For(Kind);
    }
}
