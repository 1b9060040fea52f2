namespace Meeting.Corpus.Sections;

/// <summary>
/// The review of the year just past: what kind of year it was, 一年来 and the achievements separated by ；,
/// then a summary sentence that again opens with 一年来 (not an ordinal, though it starts with 一).
/// </summary>
public static class Review
{
    private static readonly string[] Leads =
    [
        "在习近平总书记亲自关心、亲自部署、亲自推动下，教育系统牢记嘱托，砥砺奋进",
        "在党中央坚强领导下，教育系统迎难而上，奋发有为",
        "教育系统坚持以习近平新时代中国特色社会主义思想为指导，勇于担当，真抓实干",
        "教育系统坚持稳中求进工作总基调，统筹发展和安全，凝心聚力，攻坚克难",
    ];

    private static readonly string[] Achievements =
    [
        "深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，干部师生深刻领悟“两个确立”的决定性意义、做到“两个维护”的政治自觉、思想自觉、行动自觉进一步增强",
        "全力推进教育强国建设规划纲要编制工作，认真思考和回答“强国建设、教育何为”的时代课题",
        "坚定落实立德树人根本任务，持续促进学生德智体美劳全面发展",
        "紧紧锚定党和国家重大战略需求，加速推动教育、科技、人才深度融合",
        "持续践行以人民为中心的发展理念，不断破解人民群众急难愁盼教育问题",
        "纵深推进教育领域综合改革，进一步构建教育高质量发展新格局",
        "坚定不移贯彻总体国家安全观，推动教育系统持续保持安全稳定良好局面",
        "着力加强教育系统党的建设和全面从严治党，推动党的全面领导持续走深走实",
        "扎实推进“双减”工作，校外培训机构治理取得明显成效，学生作业负担和校外培训负担有效减轻",
        "学前教育普及普惠水平持续提高，义务教育优质均衡发展迈出新步伐",
        "职业教育产教融合、校企合作不断深化，服务区域经济社会发展能力显著增强",
        "“双一流”建设成效显著，基础学科拔尖创新人才培养持续加强",
        "国家智慧教育公共服务平台上线运行，教育数字化战略行动全面实施",
        "教师队伍建设不断加强，乡村教师生活补助政策实现全覆盖",
        "学生资助政策体系不断完善，实现“不让一个学生因家庭经济困难而失学”",
        "高校毕业生就业总体稳定，“24365校园招聘服务”持续开展",
        "教育对外开放稳步推进，“一带一路”教育合作不断深化",
        "依法治教深入推进，教育督导“长牙齿”机制初步形成",
    ];

    private static readonly string[] Summaries =
    [
        "教育系统始终坚持从政治上看教育、从民生上抓教育、从规律上办教育，推动教育事业取得新突破，教育高质量发展打开新局面，为党和国家工作大局作出了新的贡献",
        "教育改革发展取得新的重大成就，人民群众教育获得感持续增强",
        "教育事业发展呈现稳中有进、进中向好的良好态势，为经济社会发展提供了有力支撑",
        "教育系统以实干实绩交出了一份优异答卷，教育强国建设迈出坚实步伐",
    ];

    public static IReadOnlyList<string> Write(ReportPlan plan, Random random)
    {
        var past = plan.Year - 1;
        var natures = new List<string>
        {
            $"是实施“{FiveYearPlans.NameOf(past)}”规划的{FiveYearPlans.StageOf(past)}",
            "是教育改革发展极不平凡的一年",
            "是教育系统攻坚克难、砥砺前行的一年",
            $"是{plan.Conference.Scope}教育事业发展取得新成就的一年",
        };
        var chosen = random.PickDistinct(natures, random.Next(1, 4));
        var nature = chosen.Count switch
        {
            1 => chosen[0],
            _ => string.Join("，", chosen.Take(chosen.Count - 1)) + "，也" + chosen[^1],
        };

        var text = $"会议指出，刚刚过去的{past}年，{nature}。";
        if (plan.Achievements > 0)
        {
            var achievements = random.PickDistinct(Achievements, plan.Achievements);
            text += $"一年来，{random.Pick(Leads)}，{string.Join("；", achievements)}。";
        }
        text += $"一年来，{random.Pick(Summaries)}。";
        return [text];
    }
}
