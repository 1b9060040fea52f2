using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// The conference a generated report is about: who holds it (level, locality), in which sector, in which year.
/// Everything the report says is written for this setting, so the words agree (省教育厅, 全省教育系统, 副省长).
/// </summary>
public sealed record Setting(Level Level, Sector Sector, Locality Locality, int Year)
{
    /// <summary>The department that holds the meeting: 教育部, 省教育厅, 自治区卫生健康委, 市民政局, 学校.</summary>
    public string Department => Level switch
    {
        Level.National => Sector.Departments.Ministry,
        Level.Province => Locality.Prefix + Sector.Departments.ProvinceStem,
        Level.City => "市" + Sector.Departments.CityStem,
        Level.County => "县" + Sector.Departments.CountyStem,
        _ => "学校",
    };

    /// <summary>Who did the year's work, as a review names it: 全省教育系统, 全市卫生健康系统, 学校.</summary>
    public string Subject => Level == Level.University ? "学校" : Locality.Scope + Sector.System;

    /// <summary>The meeting's name in the text or the title, with or without its year.</summary>
    public string Meeting(bool withYear)
    {
        var year = withYear ? $"{Year}年" : "";
        return Level == Level.University ? $"学校{year}工作会议" : $"{year}{Locality.Scope}{Sector.Name}工作会议";
    }

    /// <summary>Fills the placeholders of a table entry: {scope} {sector} {subject} {year} {last} {dept} {n}.</summary>
    public string Fill(string template, int? n = null)
    {
        var text = template
            .Replace("{scope}", Level == Level.University ? "学校" : Locality.Scope, StringComparison.Ordinal)
            .Replace("{sector}", Level == Level.University ? "" : Sector.Name, StringComparison.Ordinal)
            .Replace("{subject}", Subject, StringComparison.Ordinal)
            .Replace("{year}", $"{Year}", StringComparison.Ordinal)
            .Replace("{last}", $"{Year - 1}", StringComparison.Ordinal)
            .Replace("{dept}", Department, StringComparison.Ordinal);
        return n is null ? text : text.Replace("{n}", ChineseNumber.Counting(n.Value), StringComparison.Ordinal);
    }
}
