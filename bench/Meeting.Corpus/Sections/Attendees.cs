namespace Meeting.Corpus.Sections;

/// <summary>
/// The format of the meeting and who took part: groups that 参加, that 应邀参加, that 列席. Groups share
/// title words across 、 (…秘书局、…主要负责人), as in the published reports.
/// </summary>
public static class Attendees
{
    private static readonly string[] Formats =
    [
        "会议以视频会议形式召开",
        "会议采取现场与视频相结合的方式召开",
        "会议以现场会议形式召开，设主会场和分会场",
    ];

    private static readonly string[] NationalGroups =
    [
        "教育部党组成员",
        "中央教育工作领导小组秘书组秘书局、教育部机关各司局和直属单位主要负责人",
        "中央纪委国家监委驻教育部纪检监察组负责人",
        "各省区市党委教育工作部门和教育厅（教委）负责人",
        "各计划单列市、新疆生产建设兵团教育局负责人",
        "各部属高校主要负责人",
    ];

    private static readonly string[] NationalInvited = ["中央教育工作领导小组成员联络员", "中央和国家机关有关部门负责同志"];

    private static readonly string[] NationalObservers = ["参加驻外使领馆教育工作会议人员", "部分高校和中小学校代表"];

    public static IReadOnlyList<string> Write(ReportPlan plan, Random random)
    {
        IReadOnlyList<string> groups = plan.Conference.Region is { } region ? RegionalGroups(region) : NationalGroups;
        var taking = random.PickDistinct(groups, random.Next(2, groups.Count + 1)).ToList();
        var text = $"{random.Pick(Formats)}，{string.Join("，", taking)}参加会议。";
        if (random.Chance(0.6))
        {
            text += $"{(plan.Conference.IsNational ? random.Pick(NationalInvited) : $"{plan.Conference.Region!.DirectDepartments}负责同志")}应邀参加会议。";
        }
        if (random.Chance(0.5))
        {
            text += $"{(plan.Conference.IsNational ? random.Pick(NationalObservers) : "部分中小学校长和高校代表")}列席会议。";
        }
        return [text];
    }

    private static string[] RegionalGroups(Region region) =>
    [
        $"{region.PartyCommittee}教育工委、{region.EducationOffice}领导班子成员",
        "机关各处室和直属单位主要负责人",
        $"各市（州）、县（市、区）教育行政部门主要负责人",
        "各高等学校党委书记、校长",
        $"{region.ShortLevel}属有关中等职业学校主要负责人",
    ];
}
