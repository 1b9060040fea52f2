namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// The body that holds a conference: its name (浙江省, 宁波市, 浙江大学), the word for "all of it" (全省, 全区,
/// 全市, 全校), the prefix of its departments (省, 自治区, 市, 县), its leadership as a circumstance is written
/// (在省委、省政府的坚强领导下), the post of the government leader who speaks (副省长), where its meetings are
/// held, and units that give speeches of exchange.
/// </summary>
public sealed record Locality(
    Level Level,
    string Name,
    string Scope,
    string Prefix,
    string Leadership,
    IReadOnlyList<string> LeaderPosts,
    IReadOnlyList<Venue> Venues,
    IReadOnlyList<string> Units);
