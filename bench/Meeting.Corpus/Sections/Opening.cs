namespace Meeting.Corpus.Sections;

/// <summary>The opening paragraph: date, place, guiding thought, what the meeting stressed, who spoke.</summary>
public static class Opening
{
    private static readonly string[] GuidingThoughts =
    [
        "深入学习贯彻习近平总书记关于教育的重要论述",
        "全面贯彻党的教育方针，落实立德树人根本任务",
        "深入贯彻落实全国教育大会精神",
        "认真落实党中央、国务院关于教育工作的决策部署",
        "坚持社会主义办学方向，坚持教育优先发展",
    ];

    private static readonly string[] Emphases =
    [
        "深刻领悟“两个确立”的决定性意义",
        "坚持稳中求进、以进促稳、先立后破",
        "把组织实施教育强国建设规划纲要作为工作主线",
        "把全面提高人才自主培养质量、支撑高水平科技自立自强作为主攻方向",
        "把进一步全面深化改革作为根本动力",
        "在教育的数字化、国际化、绿色化方向上开辟发展新空间",
        "加快建设高质量教育体系",
        "办好人民满意的教育",
        "坚持把立德树人成效作为检验学校一切工作的根本标准",
        "统筹推进育人方式、办学模式、管理体制、保障机制改革",
        "深入实施科教兴国战略、人才强国战略、创新驱动发展战略",
        "坚持教育的人民性，促进教育公平",
        "一体推进教育发展、科技创新、人才培养",
    ];

    private static readonly string[] Goals =
    [
        "培养德智体美劳全面发展的社会主义建设者和接班人，为全面推进中华民族伟大复兴作出新的更大贡献",
        "为以中国式现代化全面推进强国建设、民族复兴伟业提供有力支撑",
        "奋力谱写教育强国建设新篇章",
        "为加快建设教育强国奠定坚实基础",
    ];

    public static IReadOnlyList<string> Write(ReportPlan plan, Random random)
    {
        var conference = plan.Conference;
        var date = random.Chance(0.8)
            ? $"{plan.Date.Month}月{plan.Date.Day}日，{plan.Year}年{conference.Name}"
            : $"{plan.Year}年{plan.Date.Month}月{plan.Date.Day}日，{conference.Name}";
        var field = conference.Field == "教育" ? "教育" : conference.Field;
        var emphases = string.Join("，", random.PickDistinct(Emphases, random.Next(3, 7)));
        var text =
            $"{date}在{conference.Place}召开。" +
            $"会议以习近平新时代中国特色社会主义思想为指导，{random.Pick(GuidingThoughts)}，总结工作，分析形势，安排部署全年{field}工作。" +
            $"会议强调，要{emphases}，{random.Pick(Goals)}。" +
            Speakers(conference, random);
        return [text];
    }

    private static string Speakers(Conference conference, Random random)
    {
        if (conference.Region is not { } region)
        {
            var title = random.Chance(0.6) ? "中央教育工作领导小组秘书组组长、教育部党组书记、部长" : "教育部党组书记、部长";
            var speech = $"{title}{PersonNames.Draw(random)}出席会议并讲话。";
            return random.Chance(0.4) ? speech + $"教育部党组成员、副部长{PersonNames.Draw(random)}主持会议。" : speech;
        }

        var level = region.Level;
        var head = random.Next(3) switch
        {
            0 => $"{region.PartyCommittee}教育工委书记、{region.EducationOffice}{(region.Scope == "全市" ? "主任" : "厅长")}",
            1 => level switch { "市" => "副市长", "省" => "副省长", _ => "自治区副主席" },
            _ => $"{region.PartyCommittee}常委、{region.PartyCommittee}教育工委书记",
        };
        var speaking = $"{head}{PersonNames.Draw(random)}出席会议并讲话。";
        return random.Chance(0.5) ? speaking + $"{region.EducationOffice}副{(region.Scope == "全市" ? "主任" : "厅长")}{PersonNames.Draw(random)}主持会议。" : speaking;
    }
}
