namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>Numbers as Chinese official writing spells them in markers (一 … 十, 十一 … 二十).</summary>
public static class ChineseNumber
{
    private static readonly string[] Digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Of(int n) => n switch
    {
        < 1 or > 99 => throw new ArgumentOutOfRangeException(nameof(n), n, "markers run from 1 to 99"),
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n - 10],
        _ => Digits[n / 10] + "十" + Digits[n % 10],
    };

    /// <summary>A number counting things (两个方面, 三个方面): 2 is 两 before a measure word, not 二.</summary>
    public static string Counting(int n) => n == 2 ? "两" : Of(n);
}
