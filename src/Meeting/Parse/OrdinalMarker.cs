namespace Meeting.Parse;

/// <summary>
/// How a report numbers its points: 一要 (tasks), 一是 (attributes, requirements), 第一 and （一）.
/// The style matters: a list goes on only with the same style.
/// </summary>
public enum MarkerStyle
{
    Yao,
    Shi,
    Di,
    Bracket,
}

/// <summary>An ordinal marker at the start of a sentence: its value, its style, and the text as written.</summary>
public sealed record OrdinalMarker(int Value, MarkerStyle Style, string Text)
{
    /// <summary>
    /// The marker at the start of <paramref name="sentence"/>, if any. Only a numeral followed by 是/要, or
    /// written as 第N，/（N）, counts: 一年来, 一体推进, 十四五, 两个确立 are words, not ordinals.
    /// </summary>
    public static OrdinalMarker? At(string sentence)
    {
        var s = sentence.AsSpan();
        if (s.StartsWith("（") || s.StartsWith("("))
        {
            var close = s.IndexOfAny('）', ')');
            var value = close > 1 ? ChineseNumerals.Parse(s[1..close]) : null;
            return value is null ? null : new OrdinalMarker(value.Value, MarkerStyle.Bracket, s[..(close + 1)].ToString());
        }

        var prefixed = s.StartsWith("第");
        var start = prefixed ? 1 : 0;
        var end = start;
        while (end < s.Length && end - start < 3 && ChineseNumerals.IsNumeralChar(s[end]))
        {
            end++;
        }

        var number = end > start ? ChineseNumerals.Parse(s[start..end]) : null;
        if (number is null || end >= s.Length)
        {
            return null;
        }

        var next = s[end];
        if (prefixed)
        {
            // 第一，… 第二、… are ordinals; 第一次, 第一批 are not.
            return next is '，' or '、' or '是' ? new OrdinalMarker(number.Value, MarkerStyle.Di, s[..(end + 1)].ToString()) : null;
        }

        return next switch
        {
            '要' => new OrdinalMarker(number.Value, MarkerStyle.Yao, s[..(end + 1)].ToString()),
            '是' => new OrdinalMarker(number.Value, MarkerStyle.Shi, s[..(end + 1)].ToString()),
            _ => null,
        };
    }
}
