namespace Meeting.Corpus;

/// <summary>
/// Which conference a report is about. <see cref="Name"/> is how the report names it (全国教育工作会议,
/// 全省教育工作会议); <see cref="TitleName"/> is how its title does, which for a region names the region
/// so that an archive of many regions stays readable.
/// </summary>
public sealed record Conference(string Name, string TitleName, string Field, string Slug, Region? Region, string Place)
{
    public bool IsNational => Region is null;

    /// <summary>The word for "the whole jurisdiction" in phrases such as 全省教育系统.</summary>
    public string Scope => Region?.Scope ?? "全国";

    private static readonly (string Field, string Slug)[] NationalFields =
    [
        ("教育", "national-education"),
        ("教育", "national-education"),
        ("教育", "national-education"),
        ("职业教育", "national-vocational-education"),
        ("基础教育", "national-basic-education"),
        ("高等教育", "national-higher-education"),
    ];

    private static readonly string[] NationalPlacesBesidesBeijing = ["天津", "上海", "杭州", "南京", "武汉", "成都", "西安", "长沙"];

    /// <summary>Draws a conference: about a third national ones (mostly in Beijing), the rest regional ones.</summary>
    public static Conference Draw(Random random)
    {
        if (random.Chance(0.35))
        {
            var (field, slug) = random.Pick(NationalFields);
            var place = field == "教育" || random.Chance(0.5) ? "北京" : random.Pick(NationalPlacesBesidesBeijing);
            var name = $"全国{field}工作会议";
            return new Conference(name, name, field, slug, null, place);
        }

        var region = random.Pick(Region.All);
        var regionalField = random.Chance(0.85) ? "教育" : "职业教育";
        var regionalSlug = regionalField == "教育" ? $"{region.Slug}-education" : $"{region.Slug}-vocational-education";
        return new Conference(
            $"{region.Scope}{regionalField}工作会议",
            $"{region.Name}{regionalField}工作会议",
            regionalField,
            regionalSlug,
            region,
            region.Capital);
    }
}
