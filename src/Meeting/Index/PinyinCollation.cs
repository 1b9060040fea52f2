using System.Globalization;

namespace Meeting.Index;

/// <summary>
/// The zh-CN collation of ICU, which sorts Chinese by pinyin. Without ICU (invariant globalization) .NET compares
/// code points and the index would come out in an order no reader recognises, so this refuses to work then.
/// </summary>
public static class PinyinCollation
{
    // Checked once, the first time it is needed; every comparison of the index goes through it.
    private static readonly Lazy<CompareInfo> ZhCn = new(Load);

    public static CompareInfo CompareInfo => ZhCn.Value;

    private static CompareInfo Load()
    {
        var zhCn = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

        // 阿 (ā) before 八 (bā) in pinyin; by code point 八 (U+516B) comes first.
        if (zhCn.Compare("阿", "八") >= 0)
        {
            throw new InvalidOperationException(
                "pinyin collation is not available: ICU is missing or globalization is invariant; install libicu");
        }

        return zhCn;
    }
}
