using CsCheck;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// When the meeting was held, as the text writes it (1月11日, 1月10日至11日, 2024年2月20日上午, 近日) and as the
/// outline does (<see cref="Start"/>, <see cref="End"/> for a meeting over several days; both null for 近日).
/// </summary>
public sealed record MeetingDate(string Written, DateOnly? Start, DateOnly? End, string Kind)
{
    /// <summary>A date whose year the text does not give needs the year in the title or the meeting's name.</summary>
    public bool NamesYear => Written.Contains('年', StringComparison.Ordinal);

    public static Gen<MeetingDate> Any(int year, bool yearElsewhere) =>
        from month in Gen.Frequency((6, 1), (4, 2), (2, 3))
        from day in Gen.Int[1, 27]
        from form in Gen.Frequency(
            (45, "day"), (10, "day and half"), (12, "span"), (3, "span over a month end"), (3, "span with a dash"), (14, "full"), (5, "none"))
        from half in Gen.OneOf("上午", "下午")
        from length in Gen.Int[1, 2]
        select Make(year, month, day, yearElsewhere ? form : form switch { "none" or "full" => form, "day" or "day and half" => "full", _ => "full span" }, half, length);

    private static MeetingDate Make(int year, int month, int day, string form, string half, int length)
    {
        var start = new DateOnly(year, month, day);
        var last = start.AddDays(length);
        var monthEnd = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var lastDay = last.Month == month ? $"{last.Day}日" : $"{last.Month}月{last.Day}日";
        return form switch
        {
            "day" => new($"{month}月{day}日", start, null, "day"),
            "day and half" => new($"{month}月{day}日{half}", start, null, "day with 上午/下午"),
            "span" => new($"{month}月{day}日至{lastDay}", start, last, "span 至"),
            "span with a dash" => new($"{month}月{day}日—{lastDay}", start, last, "span —"),
            "span over a month end" => new($"{month}月{monthEnd.Day}日至{month + 1}月1日", monthEnd, monthEnd.AddDays(1), "span over a month end"),
            "full" => new($"{year}年{month}月{day}日", start, null, "full date"),
            "full span" => new($"{year}年{month}月{day}日至{lastDay}", start, last, "full date span"),
            _ => new(day % 2 == 0 ? "近日" : "日前", null, null, "none (近日)"),
        };
    }
}
