namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// One sector whose work conferences the generator writes (education, health, agriculture, …): what the meeting
/// is called, who runs it at each level, and the vocabulary of its reports. Every entry of a vocabulary list is
/// "heading，detail": the heading is the item's first clause (what an outline shows), the detail what follows it.
/// The lists are written from published reports of the sector, never from the parser's word lists.
/// </summary>
public sealed record Sector(
    string Name,
    string System,
    string Topic,
    Departments Departments,
    IReadOnlyList<string> Achievements,
    IReadOnlyList<string> Principles,
    IReadOnlyList<string> Tasks);

/// <summary>
/// The department that holds the meeting at each level, and its head's post: 教育部/部长, 省教育厅/厅长,
/// 市教育局/局长. <see cref="ProvincesListed"/> is how a national report lists the provincial departments
/// (各省（区、市）教育厅（教委）), <see cref="CorpsStem"/> the Xinjiang Production and Construction Corps' one.
/// </summary>
public sealed record Departments(
    string Ministry,
    string MinistryHead,
    string ProvinceStem,
    string ProvinceHead,
    string CityStem,
    string CityHead,
    string CountyStem,
    string CountyHead,
    string ProvincesListed,
    string CorpsStem);
