namespace Meeting.Corpus;

/// <summary>
/// A provincial-level region: its full name, capital, the slug its files are named with, and the word its
/// own reports use for "the whole region" (全省, 全市 for the municipalities, 全区 for autonomous regions).
/// </summary>
public sealed record Region(string Name, string Capital, string Slug, string Scope)
{
    /// <summary>The short level word (省, 市, 自治区) that prefixes its offices: 省教育厅, 市教委, 自治区教育厅.</summary>
    public string Level => Scope switch
    {
        "全市" => "市",
        "全区" => "自治区",
        _ => "省",
    };

    /// <summary>The party committee: 省委, 市委, 自治区党委.</summary>
    public string PartyCommittee => Scope == "全区" ? "自治区党委" : Level + "委";

    /// <summary>The prefix of the region's own departments in 省直有关部门, 市直…, 区直….</summary>
    public string DirectDepartments => ShortLevel + "直有关部门";

    /// <summary>The one-character level used in compounds: 省属, 市直, 区属.</summary>
    public string ShortLevel => Scope == "全区" ? "区" : Level;

    /// <summary>The region's education department: municipalities have a 教委, the others an 教育厅.</summary>
    public string EducationOffice => Scope == "全市" ? "市教委" : Level + "教育厅";

    public static readonly IReadOnlyList<Region> All =
    [
        new("北京市", "北京", "beijing", "全市"),
        new("天津市", "天津", "tianjin", "全市"),
        new("上海市", "上海", "shanghai", "全市"),
        new("重庆市", "重庆", "chongqing", "全市"),
        new("河北省", "石家庄", "hebei", "全省"),
        new("山西省", "太原", "shanxi", "全省"),
        new("辽宁省", "沈阳", "liaoning", "全省"),
        new("吉林省", "长春", "jilin", "全省"),
        new("黑龙江省", "哈尔滨", "heilongjiang", "全省"),
        new("江苏省", "南京", "jiangsu", "全省"),
        new("浙江省", "杭州", "zhejiang", "全省"),
        new("安徽省", "合肥", "anhui", "全省"),
        new("福建省", "福州", "fujian", "全省"),
        new("江西省", "南昌", "jiangxi", "全省"),
        new("山东省", "济南", "shandong", "全省"),
        new("河南省", "郑州", "henan", "全省"),
        new("湖北省", "武汉", "hubei", "全省"),
        new("湖南省", "长沙", "hunan", "全省"),
        new("广东省", "广州", "guangdong", "全省"),
        new("海南省", "海口", "hainan", "全省"),
        new("四川省", "成都", "sichuan", "全省"),
        new("贵州省", "贵阳", "guizhou", "全省"),
        new("云南省", "昆明", "yunnan", "全省"),
        new("陕西省", "西安", "shaanxi", "全省"),
        new("甘肃省", "兰州", "gansu", "全省"),
        new("青海省", "西宁", "qinghai", "全省"),
        new("内蒙古自治区", "呼和浩特", "neimenggu", "全区"),
        new("广西壮族自治区", "南宁", "guangxi", "全区"),
        new("西藏自治区", "拉萨", "xizang", "全区"),
        new("宁夏回族自治区", "银川", "ningxia", "全区"),
        new("新疆维吾尔自治区", "乌鲁木齐", "xinjiang", "全区"),
    ];
}
