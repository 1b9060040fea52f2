namespace Meeting.Index;

/// <summary>
/// ICU gives each Chinese character one reading for sorting, the commonest. Where a term of this genre starts with
/// a word that reads otherwise (行业 is háng, not xíng), this table says how to read it: the word's first character
/// is replaced, for sorting and lettering only, by a character with the right reading. The longest matching word
/// wins, so 行业 goes under H while 行动 keeps ICU's X. Checked against ICU 72 by the tests.
/// </summary>
public static class PinyinReading
{
    /// <summary>Start of a term → a character that reads as the term's first character does there.</summary>
    private static readonly (string Start, char SortsAs)[] Overrides =
    [
        ("行业", '航'), // háng; ICU reads 行 as xíng (X)
        ("行列", '航'),
        ("行家", '航'),
        ("长", '常'), // cháng, as in 长期、长效、长远; ICU reads zhǎng (Z)
        ("重新", '虫'), // chóng; ICU reads 重 as zhòng (Z), right for 重大、重点
        ("重建", '虫'),
        ("重申", '虫'),
        ("重塑", '虫'),
        ("重温", '虫'),
        ("重复", '虫'),
        ("朝气", '招'), // zhāo; ICU reads 朝 as cháo (C)
        ("校对", '较'), // jiào; ICU reads 校 as xiào (X), right for 校长、校园
        ("校正", '较'),
        ("校准", '较'),
        ("乐器", '月'), // yuè; ICU reads 乐 as lè (L)
        ("乐团", '月'),
        ("调整", '条'), // tiáo; ICU reads 调 as diào (D), right for 调研、调查
        ("调节", '条'),
        ("调控", '条'),
        ("调剂", '条'),
        ("会计", '快'), // kuài; ICU reads 会 as huì (H)
        ("率先", '帅'), // shuài; ICU reads 率 as lǜ (L)
        ("藏族", '脏'), // zàng; ICU reads 藏 as cáng (C)
        ("厦门", '夏'), // xià; ICU reads 厦 as shà (S)
    ];

    /// <summary>The term as it should be sorted and lettered: itself, or itself with its first character replaced.</summary>
    public static string SortForm(string term)
    {
        var match = Overrides
            .Where(o => term.StartsWith(o.Start, StringComparison.Ordinal))
            .OrderByDescending(o => o.Start.Length)
            .Select(o => (char?)o.SortsAs)
            .FirstOrDefault();
        return match is { } c ? c + term[1..] : term;
    }
}
