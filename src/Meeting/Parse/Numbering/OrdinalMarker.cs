namespace Meeting.Parse;

/// <summary>
/// The ways official Chinese writing numbers its points. The style matters: a list goes on only in the same
/// style, and a list in another style inside an item is a list of its own. The style says nothing about what
/// the points are: 一是 lists tasks in one report and requirements in the next.
/// </summary>
public enum MarkerStyle
{
    /// <summary>一要, 二要</summary>
    Yao,

    /// <summary>一是, 二是</summary>
    Shi,

    /// <summary>第一，第二，</summary>
    Di,

    /// <summary>（一）（二）</summary>
    Bracket,

    /// <summary>一、二、</summary>
    Dun,

    /// <summary>1. 2. or 1、2、</summary>
    Arabic,

    /// <summary>（1）（2）</summary>
    ArabicBracket,

    /// <summary>其一，其二，</summary>
    Qi,

    /// <summary>首先，其次，再次，最后</summary>
    Sequence,

    /// <summary>“五个着力”：着力…；着力…: points that open with the word a count announced (see CountedList).</summary>
    Counted,
}

/// <summary>
/// An ordinal marker at the start of a sentence: its value, its style, and the text as written, without the
/// punctuation after it (第一，gives 第一). <see cref="Value"/> is <see cref="Last"/> for 最后, which ends a list
/// of any length.
/// </summary>
public sealed record OrdinalMarker(int Value, MarkerStyle Style, string Text)
{
    public const int Last = int.MaxValue;

    /// <summary>True when this marker numbers the point after <paramref name="previous"/> in the same list.</summary>
    public bool Follows(OrdinalMarker previous) =>
        Style == previous.Style && previous.Value != Last && (Value == previous.Value + 1 || (Value == Last && previous.Value >= 2));

    /// <summary>
    /// The marker at the start of <paramref name="sentence"/>, if any. A numeral counts only when the text
    /// numbers with it (一是, 一要, 第一，, （一）, 一、, 1.): 一年来, 一体推进, 十四五, 两个确立, 第一次, 1月 are words.
    /// </summary>
    public static OrdinalMarker? At(string sentence) => At(sentence.AsSpan());

    public static OrdinalMarker? At(ReadOnlySpan<char> s) =>
        Bracketed(s) ?? SequenceWord(s) ?? Arabic(s) ?? Chinese(s);

    private static OrdinalMarker? Bracketed(ReadOnlySpan<char> s)
    {
        if (!(s.StartsWith("（") || s.StartsWith("(")))
        {
            return null;
        }

        var close = s.IndexOfAny('）', ')');
        if (close is < 2 or > 4)
        {
            return null;
        }

        var inside = s[1..close];
        var text = s[..(close + 1)].ToString();
        if (ChineseNumerals.Parse(inside) is { } value)
        {
            return new OrdinalMarker(value, MarkerStyle.Bracket, text);
        }

        return int.TryParse(inside, out var number) && number is >= 1 and <= 99 && IsAsciiDigits(inside)
            ? new OrdinalMarker(number, MarkerStyle.ArabicBracket, text)
            : null;
    }

    // 首先…其次…再次…最后 and 其一…其二: a list only when its words follow each other (see MarkerSequence).
    private static OrdinalMarker? SequenceWord(ReadOnlySpan<char> s)
    {
        foreach (var (word, value) in SequenceWords)
        {
            if (s.StartsWith(word) && s.Length > word.Length && s[word.Length] is '，' or ',' or '要' or '是' or '、')
            {
                return new OrdinalMarker(value, MarkerStyle.Sequence, word);
            }
        }

        if (s.StartsWith("其") && s.Length > 2 && ChineseNumerals.Parse(s[1..2]) is { } qi && s[2] is '，' or ',' or '是' or '、')
        {
            return new OrdinalMarker(qi, MarkerStyle.Qi, s[..2].ToString());
        }

        return null;
    }

    private static readonly (string Word, int Value)[] SequenceWords = [("首先", 1), ("其次", 2), ("再次", 3), ("最后", Last)];

    // 1. 2、 １． : a number and a point; 1月, 1.5万, 2023年 are not markers.
    private static OrdinalMarker? Arabic(ReadOnlySpan<char> s)
    {
        var end = 0;
        while (end < s.Length && end < 2 && IsDigit(s[end]))
        {
            end++;
        }

        if (end == 0 || end + 1 >= s.Length || s[end] is not ('.' or '．' or '、') || IsDigit(s[end + 1]))
        {
            return null;
        }

        var value = 0;
        foreach (var c in s[..end])
        {
            value = value * 10 + (c >= '０' ? c - '０' : c - '0');
        }

        return value >= 1 ? new OrdinalMarker(value, MarkerStyle.Arabic, s[..end].ToString()) : null;
    }

    private static OrdinalMarker? Chinese(ReadOnlySpan<char> s)
    {
        var prefixed = s.StartsWith("第");
        var start = prefixed ? 1 : 0;
        var end = start;
        while (end < s.Length && end - start < 3 && ChineseNumerals.IsNumeralChar(s[end]))
        {
            end++;
        }

        var number = end > start ? ChineseNumerals.Parse(s[start..end]) : null;
        if (number is not { } value || end + 1 >= s.Length)
        {
            return null;
        }

        var next = s[end];
        if (prefixed)
        {
            // 第一，… 第二、… 第一是… are ordinals; 第一次, 第一批 are not.
            return next switch
            {
                '是' or '要' => new OrdinalMarker(value, MarkerStyle.Di, s[..(end + 1)].ToString()),
                '，' or '、' or ',' => new OrdinalMarker(value, MarkerStyle.Di, s[..end].ToString()),
                _ => null,
            };
        }

        return next switch
        {
            '要' => new OrdinalMarker(value, MarkerStyle.Yao, s[..(end + 1)].ToString()),
            '是' => new OrdinalMarker(value, MarkerStyle.Shi, s[..(end + 1)].ToString()),
            // 一、坚持… is a point; 一、二年级 is not.
            '、' when !ChineseNumerals.IsNumeralChar(s[end + 1]) => new OrdinalMarker(value, MarkerStyle.Dun, s[..end].ToString()),
            _ => null,
        };
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static bool IsAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
