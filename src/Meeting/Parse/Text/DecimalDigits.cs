namespace Meeting.Parse;

/// <summary>
/// The value of digits as a pattern's \d matches them: ASCII, full-width (２０２１, as pasted from Word) or any other
/// script's decimal digits. int.Parse takes ASCII only, and a report typed with full-width digits must never crash
/// the build.
/// </summary>
public static class DecimalDigits
{
    /// <summary>The value of <paramref name="digits"/>, all decimal digits; null when one is not, or it is too long.</summary>
    public static int? Value(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 9)
        {
            return null;
        }

        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsDigit(c))
            {
                return null;
            }

            value = (value * 10) + (int)char.GetNumericValue(c);
        }

        return value;
    }
}
