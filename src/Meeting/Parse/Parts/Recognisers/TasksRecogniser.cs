using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The key tasks say what to do in the coming year: the lead names the year's work (今年, 重点任务, 以下工作), the
/// points name fields of work and what to build, reform or expand in them, and there are usually several.
/// </summary>
internal sealed class TasksRecogniser : IPartRecogniser
{
    private static readonly string[] YearsWork =
    [
        "今年", "明年", "新的一年", "新学年", "新学期", "重点任务", "重点工作", "主要任务", "以下工作", "几项工作", "几方面工作",
        "重点抓好", "扎实做好", "全力抓好", "着力抓好", "抓好以下", "做好以下", "工作安排", "目标任务", "重点做好",
        "工作重点", "工作思路",
    ];

    private static readonly string[] Building =
    [
        "推进", "推动", "深化", "加快", "实施", "建设", "完善", "提升", "扩大", "构建", "健全", "优化", "促进", "发展",
        "改革", "办好", "开展", "打造", "培育", "提高", "巩固", "拓展", "创新", "开辟", "夯实", "增强", "服务", "打好", "打赢",
        "防治", "治理", "整治", "推广", "保护", "做好", "抓好", "办好", "加大", "深入", "全面", "持续",
    ];

    private static readonly string[] Fields =
    [
        "教育", "学校", "教师", "学生", "课程", "教学", "科研", "学科", "人才", "就业", "医疗", "医院", "卫生", "健康",
        "养老", "民生", "产业", "经济", "体系", "质量", "工程", "项目", "数字化", "资源", "社会", "农村", "城乡", "社区",
        "科技", "文化", "体育", "开放", "合作", "招生", "培养", "专业", "幼儿园", "高校", "义务", "高中", "职业",
        "立德树人", "思想政治", "思政", "德育", "美育", "劳动", "学位", "学前", "普惠", "均衡", "乡村", "城市", "企业", "市场",
        "医保", "医药", "治理", "平台", "设施", "环境", "生态", "安全", "服务", "保障",
    ];

    public SectionKind Kind => SectionKind.Tasks;

    public PartEvidence Judge(BlockReading block)
    {
        var cues = new CueSheet();
        var lead = block.Lead.Length > 0 ? block.Lead : block.Opening;
        cues.AnyOf(lead, YearsWork, 2.5, "the lead names the year's work");
        if (block.Year is { } year && lead.Contains($"{year}年", StringComparison.Ordinal))
        {
            cues.Add(1, $"the lead names {year}年");
        }

        if (!block.IsList)
        {
            cues.Add(-1.5, "no numbered points");
        }

        cues.ShareOfItems(block.Units, Building, 1.5, "work to build or reform");
        cues.ShareOfItems(block.Units, Fields, 1.5, "fields of work");
        if (block.Items.Count >= 5)
        {
            cues.Add(Math.Min(block.Items.Count - 4, 5) * 0.2, $"{block.Items.Count} points");
        }

        return cues.For(Kind);
    }
}
