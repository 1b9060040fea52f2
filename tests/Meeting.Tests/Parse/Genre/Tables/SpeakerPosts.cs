namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// The posts of those who speak at a conference, as the report writes them before the name: the government
/// leader (副省长), the head of the department that holds the meeting (省教育厅党组书记、厅长) and a deputy
/// who presides (省教育厅党组成员、副厅长). A national conference has no government leader here.
/// </summary>
public static class SpeakerPosts
{
    public static IReadOnlyList<string> Heads(Level level, Sector sector, Locality locality, string department)
    {
        var d = sector.Departments;
        return level switch
        {
            Level.National => sector == Sectors.Education.Sector
                ? [$"{department}党组书记、{d.MinistryHead}", $"中央教育工作领导小组秘书组组长、{department}党组书记、{d.MinistryHead}"]
                : [$"{department}党组书记、{d.MinistryHead}"],
            Level.Province => sector == Sectors.Education.Sector
                ? [$"{department}党组书记、{d.ProvinceHead}", $"{locality.Prefix}委教育工委书记、{department}{d.ProvinceHead}"]
                : [$"{department}党组书记、{d.ProvinceHead}", $"{department}{d.ProvinceHead}"],
            Level.City => [$"{department}党组书记、{d.CityHead}", $"{department}{d.CityHead}"],
            Level.County => [$"{department}党组书记、{d.CountyHead}", $"{department}{d.CountyHead}"],
            _ => ["党委副书记、校长", "校长"],
        };
    }

    public static IReadOnlyList<string> Deputies(Level level, Sector sector, string department)
    {
        var d = sector.Departments;
        return level switch
        {
            Level.National => [$"{department}党组成员、副{d.MinistryHead}"],
            Level.Province => [$"{department}党组成员、副{d.ProvinceHead}", $"{department}副{d.ProvinceHead}"],
            Level.City => [$"{department}党组成员、副{d.CityHead}", $"{department}副{d.CityHead}"],
            Level.County => [$"{department}副{d.CountyHead}"],
            _ => ["党委常委、副校长", "副校长"],
        };
    }
}
