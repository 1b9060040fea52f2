namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>Ministries, provinces, cities, counties and universities whose conferences the generator writes.</summary>
public static class Localities
{
    private static Venue City(string city) => new($"{city}", city, "city");

    private static Venue Short(string abbreviation, string city) => new(abbreviation, city, "abbreviation");

    private static Venue Building(string building) => new(building, building, "building");

    public static readonly IReadOnlyList<Locality> National =
    [
        new(Level.National, "全国", "全国", "", "在以习近平同志为核心的党中央坚强领导下", [],
            [Short("京", "北京"), City("北京"), Short("京", "北京"), Building("北京国家会议中心")],
            ["北京市", "上海市", "浙江省", "广东省", "四川省", "湖北省"]),
    ];

    public static readonly IReadOnlyList<Locality> Provinces =
    [
        Province("浙江省", "杭州", "杭", ["杭州市", "宁波市", "温州市", "湖州市", "嘉兴市"]),
        Province("江苏省", "南京", "宁", ["南京市", "苏州市", "无锡市", "南通市", "徐州市"]),
        Province("福建省", "福州", "榕", ["福州市", "厦门市", "泉州市", "漳州市"]),
        Province("广东省", "广州", "穗", ["广州市", "深圳市", "佛山市", "东莞市"]),
        Province("四川省", "成都", "蓉", ["成都市", "绵阳市", "德阳市", "宜宾市"]),
        Province("湖北省", "武汉", "汉", ["武汉市", "宜昌市", "襄阳市", "荆州市"]),
        Province("湖南省", "长沙", null, ["长沙市", "株洲市", "湘潭市", "岳阳市"]),
        Province("山东省", "济南", null, ["济南市", "青岛市", "烟台市", "潍坊市"]),
        Province("河南省", "郑州", null, ["郑州市", "洛阳市", "开封市", "南阳市"]),
        Province("贵州省", "贵阳", "筑", ["贵阳市", "遵义市", "六盘水市", "安顺市"]),
        Province("云南省", "昆明", "昆", ["昆明市", "曲靖市", "玉溪市", "大理白族自治州"]),
        new(Level.Province, "广西壮族自治区", "全区", "自治区", "在自治区党委、政府的坚强领导下", ["自治区副主席", "自治区人民政府副主席"],
            [City("南宁"), Short("邕", "南宁"), Building("南宁国际会展中心")],
            ["南宁市", "柳州市", "桂林市", "北海市"]),
    ];

    private static Locality Province(string name, string capital, string? abbreviation, string[] cities)
    {
        List<Venue> venues = [City(capital), City(capital), Building("省人民大会堂"), Building("省会议中心"), Building($"{capital}国际会议中心")];
        if (abbreviation is not null)
        {
            venues.Add(Short(abbreviation, capital));
            venues.Add(Short(abbreviation, capital));
        }

        return new(Level.Province, name, "全省", "省", "在省委、省政府的坚强领导下", ["副省长", "省委常委、副省长", "省政府副省长"], venues, cities);
    }

    public static readonly IReadOnlyList<Locality> Cities =
    [
        CityOf("宁波市", "甬", ["海曙区", "江北区", "鄞州区", "余姚市", "慈溪市"]),
        CityOf("温州市", null, ["鹿城区", "瓯海区", "瑞安市", "乐清市"]),
        CityOf("苏州市", null, ["姑苏区", "吴中区", "昆山市", "常熟市"]),
        CityOf("厦门市", "厦", ["思明区", "湖里区", "集美区", "海沧区"]),
        CityOf("泉州市", null, ["鲤城区", "丰泽区", "晋江市", "石狮市"]),
        CityOf("佛山市", null, ["禅城区", "南海区", "顺德区", "高明区"]),
        CityOf("绵阳市", null, ["涪城区", "游仙区", "江油市", "三台县"]),
        CityOf("宜昌市", null, ["西陵区", "伍家岗区", "夷陵区", "宜都市"]),
        CityOf("洛阳市", null, ["老城区", "西工区", "洛龙区", "偃师区"]),
        CityOf("遵义市", null, ["红花岗区", "汇川区", "播州区", "仁怀市"]),
    ];

    private static Locality CityOf(string name, string? abbreviation, string[] districts)
    {
        var city = name[..^1];
        List<Venue> venues =
        [
            City(city), Building("市行政中心"), Building("市民中心"), Building("市会议中心"), Building("市政府第一会议室"),
            Building("市委党校报告厅"),
        ];
        if (abbreviation is not null)
        {
            venues.Add(Short(abbreviation, city));
        }

        return new(Level.City, name, "全市", "市", "在市委、市政府的坚强领导下", ["副市长", "市委常委、副市长", "市政府副市长"], venues, districts);
    }

    public static readonly IReadOnlyList<Locality> Counties =
    [
        CountyOf("安吉县"), CountyOf("德清县"), CountyOf("桐庐县"), CountyOf("永嘉县"), CountyOf("沭阳县"), CountyOf("武义县"),
        CountyOf("仙居县"), CountyOf("龙游县"),
    ];

    private static Locality CountyOf(string name) =>
        new(Level.County, name, "全县", "县", "在县委、县政府的坚强领导下", ["副县长", "县委常委、副县长", "县委副书记、县长"],
            [Building("县行政中心"), Building("县会议中心"), Building("县委党校报告厅"), Building("县政府第一会议室"), Building("县人民会堂")],
            ["城关镇", "新安镇", "白塔镇", "溪口镇", "梅林镇", "城东街道"]);

    public static readonly IReadOnlyList<Locality> Universities =
    [
        UniversityOf("浙江大学"), UniversityOf("南京大学"), UniversityOf("厦门大学"), UniversityOf("四川大学"), UniversityOf("武汉大学"),
        UniversityOf("山东大学"), UniversityOf("郑州大学"), UniversityOf("贵州大学"), UniversityOf("湖南师范大学"), UniversityOf("江西财经大学"),
    ];

    private static Locality UniversityOf(string name) =>
        new(Level.University, name, "全校", "校", "在学校党委的坚强领导下", ["校党委书记", "党委书记"],
            [Building("行政楼报告厅"), Building("学术交流中心"), Building("图书馆报告厅"), Building("学校大礼堂"), Building("逸夫楼报告厅"),
                Building("校本部第一会议室")],
            ["计算机科学与技术学院", "医学院", "研究生院", "教务处", "科学技术研究院", "马克思主义学院"]);

    public static IReadOnlyList<Locality> Of(Level level) => level switch
    {
        Level.National => National,
        Level.Province => Provinces,
        Level.City => Cities,
        Level.County => Counties,
        _ => Universities,
    };
}
