namespace Meeting.Parse;

/// <summary>Chinese numerals as reports write them, both ways: 七 ↔ 7, 十二 ↔ 12 (1 to 99).</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Format(int value)
    {
        if (value is < 1 or > 99)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var tens = value / 10;
        var ones = value % 10;
        var head = tens switch { 0 => "", 1 => "十", _ => $"{Digits[tens]}十" };
        return ones == 0 ? head : head + Digits[ones];
    }

    /// <summary>A numeral that counts things before a measure word: 两项要求, not 二项要求 (二 is only for ordinals and tens).</summary>
    public static string FormatCount(int value) => value == 2 ? "两" : Format(value);

    /// <summary>The value of a numeral such as 三, 十, 十二, 二十一; null if it is not one.</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 3)
        {
            return null;
        }

        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 ? DigitOf(text[0]) : null;
        }

        int? tens = ten == 0 ? 1 : ten == 1 ? DigitOf(text[0]) : null;
        int? ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? DigitOf(text[^1]) : null;
        return tens is > 0 && ones is not null ? tens * 10 + ones : null;
    }

    public static bool IsNumeralChar(char c) => c == '十' || (Digits.IndexOf(c) > 0);

    private static int? DigitOf(char c)
    {
        var i = Digits.IndexOf(c);
        return i > 0 ? i : null;
    }
}
