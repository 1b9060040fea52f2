namespace Meeting.Corpus;

/// <summary>
/// The five-year plan a year belongs to (“十四五” for 2021–2025) and where in it the year stands, so that a
/// review paragraph can call 2023 "承上启下的关键一年" of “十四五” as the real reports do. The quoted
/// plan names are also traps for an ordinal parser: 十四五 is not the fifth of anything.
/// </summary>
public static class FiveYearPlans
{
    private static readonly string[] Names = ["九五", "十五", "十一五", "十二五", "十三五", "十四五", "十五五", "十六五"];

    // 九五 ran 1996–2000; every plan since is five years long.
    private const int FirstYear = 1996;

    public static string NameOf(int year) => Names[(year - FirstYear) / 5];

    public static string StageOf(int year) => ((year - FirstYear) % 5) switch
    {
        0 => "开局之年",
        1 => "关键之年",
        2 => "承上启下的关键一年",
        3 => "攻坚之年",
        _ => "收官之年",
    };
}
