using System.Text.RegularExpressions;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The strategic attributes, or more widely the part that says how to understand the work before saying what to
/// do: its nature (属性), its position and mission, the principles to hold (必须坚持), the relations to grasp
/// (准确把握…的关系), or the situation the work faces (分析了当前…面临的形势, 机遇和挑战). Its points are
/// understandings, not this year's work.
/// </summary>
internal sealed partial class AttributesRecogniser : IPartRecogniser
{
    private static readonly string[] Nature = ["属性"];

    private static readonly string[] Understanding =
    [
        "深刻认识", "深刻把握", "准确把握", "牢牢把握", "深刻领会", "深刻理解", "认识到", "必须坚持", "始终坚持", "必须把",
        "清醒认识", "把握好", "坚持把", "深化对", "规律性认识", "必须始终", "必须牢记", "牢记", "站在", "始终做到",
        "深刻领悟", "正确处理", "辩证", "科学把握", "全面把握", "深入理解", "把握住", "关键期", "关键时期", "爬坡过坎",
        "机遇", "挑战", "新形势", "新阶段", "新征程", "历史方位", "认清", "清醒", "务必", "深刻体会", "体会到", "启示",
        "经验", "规律", "根本保证", "根本遵循", "生命线",
        "的高度", "看教育", "上看", "上办", "上抓", "上谋划",
    ];

    private static readonly string[] Concepts =
    [
        "规律", "定位", "方位", "使命", "意义", "本质", "关系", "地位", "特征", "理念", "初心", "大局", "全局", "根本",
        "方向", "灵魂", "政治", "战略", "民生", "人民", "时代", "历史", "世界", "底色", "价值",
    ];

    // The points open with a principle to hold: 坚持党的全面领导, 把握…, 牢记….
    private static readonly string[] Principles = ["坚持", "把握", "牢记", "认识", "深刻", "始终", "必须", "坚定", "守住", "筑牢"];

    // Work of the year: figures, programmes, deadlines. Attributes rarely carry them.
    private static readonly string[] Work = ["今年", "年内", "实施", "工程", "计划", "行动", "试点", "启动", "出台", "建设一批", "新建", "扩大"];

    public SectionKind Kind => SectionKind.Attributes;

    public PartEvidence Judge(BlockReading block)
    {
        var cues = new CueSheet();
        var nature = cues.ShareOfItems(block.IsList ? block.Heads : [], Nature, 6, "the nature of the work (属性)");
        if (nature == 0)
        {
            cues.AnyOf(block.Lead, Nature, 2, "the lead names the nature of the work");
        }

        cues.ShareOfItems(block.Units, Understanding, 3, "understanding, not doing");
        if (block.IsList && block.Heads.All(h => Principles.Any(p => h.StartsWith(p, StringComparison.Ordinal))))
        {
            cues.Add(2, $"every point opens with a principle ({block.Heads[0][..2]}…)");
        }

        if (CountedSet().Match(block.Lead.Length > 0 ? block.Lead : block.Opening) is { Success: true } set)
        {
            cues.Add(1.5, $"the lead counts its principles ({set.Value})");
        }

        cues.AnyOf(block.Lead.Length > 0 ? block.Lead : block.Opening, Understanding, 1.5, "the lead asks to understand");
        // Not the agenda (总结…工作，分析当前形势，部署…任务), which names the situation among what the meeting did.
        if (!OpeningRecogniser.Agenda().IsMatch(block.Opening) && Situation().Match(block.Opening) is { Success: true } situation)
        {
            cues.Add(3, $"opens on the situation the work faces ({situation.Value})");
        }

        if (!block.IsList && Definition().Match(block.Text) is { Success: true } definition)
        {
            cues.Add(1.5, $"says what the work is ({definition.Value})");
        }

        var concepts = CueSheet.CountOf(block.Text, Concepts);
        cues.Add(Math.Min(concepts, 6) * 0.25, $"{concepts} words of position and principle");
        cues.ShareOfItems(block.Units, Work, -2, "work of the year");

        return cues.For(Kind);
    }

    // 会议分析了当前税收工作面临的形势, 研判了形势, 面临的机遇和挑战: how things stand, before what to do.
    [GeneratedRegex(@"(分析|研判|判断|把握)了?[^。；]{0,24}(形势|态势)|面临(?:的)?[^。；]{0,8}(形势|机遇|挑战|困难)|机遇和挑战|机遇与挑战|挑战和机遇")]
    private static partial Regex Situation();

    // 医疗保障是…的重大制度安排, 统计是经济社会发展的重要综合性基础性工作, 教育是国之大计: what the work is, said at the
    // start of a sentence, the way a report sets out how to understand its field before what to do in it.
    [GeneratedRegex(@"(?:^|[。，])[^，。；：是]{2,12}是[^，。；]{0,30}(?:大计|基础|根本|关键|安排|事业|工作|保障|支撑|工程|使命|责任|要求|命脉|底线|生命线)(?=[，。；、])")]
    private static partial Regex Definition();

    // 三个“坚持”, 四个“必须”, 两个“毫不动摇”: a counted set of principles.
    [GeneratedRegex(@"[两三四五六七八九十]个\s*[“""‘][^”""’]{1,8}[”""’]|[两三四五六七八九十]个(坚持|必须|把握|牢记|事关|确保)")]
    private static partial Regex CountedSet();
}
