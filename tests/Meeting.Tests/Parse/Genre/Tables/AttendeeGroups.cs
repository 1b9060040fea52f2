namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// Who takes part in a conference at each level, in the order reports list them. {dept} is the department that
/// holds the meeting (省教育厅), {p} the prefix of the level (省, 自治区, 市, 县); education adds its schools.
/// </summary>
public static class AttendeeGroups
{
    private const string Attend = "参加";
    private const string Invited = "应邀参加";
    private const string Sits = "列席";
    private const string Present = "出席";

    public static IReadOnlyList<AttendeeGroupSpec> For(Level level, Sector sector, Locality locality, string department)
    {
        var d = sector.Departments;
        var education = sector == Sectors.Education.Sector;
        var p = locality.Prefix;
        List<AttendeeGroupSpec> groups = level switch
        {
            Level.National =>
            [
                new($"{department}党组成员", "", Attend),
                new($"{department}机关各司局", "主要负责人", Attend),
                new($"{department}直属单位", "主要负责人", Attend),
                new($"各省（区、市）{d.ProvincesListed}", "主要负责人", Attend),
                new("各计划单列市" + d.CityStem, "主要负责人", Attend),
                new($"新疆生产建设兵团{d.CorpsStem}", "主要负责人", Attend),
                .. education ? [new AttendeeGroupSpec("各部属高校", "主要负责人", Attend)] : Array.Empty<AttendeeGroupSpec>(),
                new("中央和国家机关有关部门", "负责同志", Invited),
                .. education ? [new AttendeeGroupSpec("驻外使领馆教育处（组）", "负责同志", Sits)] : Array.Empty<AttendeeGroupSpec>(),
            ],
            Level.Province =>
            [
                new($"{department}领导班子成员", "", Attend),
                new($"{department}机关各处室", "主要负责人", Attend),
                new($"{department}直属各单位", "主要负责人", Attend),
                new((p == "省" ? "各设区市" : "各市") + d.CityStem, "主要负责人", Attend),
                new($"各县（市、区）{d.CountyStem}", "主要负责人", Attend),
                .. education
                    ? [new AttendeeGroupSpec($"{p}属高校", "党委书记", Attend), new AttendeeGroupSpec($"{p}属高校", "校长", Attend)]
                    : Array.Empty<AttendeeGroupSpec>(),
                new($"{p}直有关部门", "负责同志", Invited),
            ],
            Level.City =>
            [
                new($"{department}领导班子成员", "", Attend),
                new($"{department}机关各科室", "负责人", Attend),
                new($"各区（县、市）{d.CountyStem}", d.CountyHead, Attend),
                new($"各区（县、市）{d.CountyStem}", "分管副" + d.CountyHead, Attend),
                .. education ? [new AttendeeGroupSpec("市直属学校", "校长", Attend)] : Array.Empty<AttendeeGroupSpec>(),
                new("各乡镇（街道）", "分管负责同志", Attend),
                new("市直有关部门", "分管负责同志", Invited),
            ],
            Level.County =>
            [
                new($"{department}班子成员", "", Attend),
                new($"{department}各股室", "负责人", Attend),
                new("各乡镇（街道）", "分管负责同志", Attend),
                .. education
                    ? [new AttendeeGroupSpec("各中小学（幼儿园）", "党组织书记", Attend), new AttendeeGroupSpec("各中小学（幼儿园）", "校（园）长", Attend)]
                    : Array.Empty<AttendeeGroupSpec>(),
                new("县直有关单位", "负责同志", Invited),
            ],
            _ =>
            [
                new("校领导", "", Present),
                new("全体中层干部", "", Attend),
                new("各学院（部）", "党委书记", Attend),
                new("各学院（部）", "院长", Attend),
                new("机关各部门", "主要负责人", Attend),
                new("直属各单位", "主要负责人", Attend),
                new("教职工代表", "", Attend),
                new("离退休老同志代表", "", Invited),
                new("各民主党派", "负责人", Sits),
                new("学生代表", "", Sits),
            ],
        };
        return groups;
    }

    /// <summary>A person who attends by name, as one group: post and name (省政府副秘书长张华).</summary>
    public static string? NamedPost(Level level, Locality locality) => level switch
    {
        Level.Province => $"{locality.Prefix}政府副秘书长",
        Level.City => "市政府副秘书长",
        Level.County => "县政府办公室主任",
        _ => null,
    };
}
