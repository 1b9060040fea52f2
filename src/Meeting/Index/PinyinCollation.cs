using System.Globalization;

namespace Meeting.Index;

/// <summary>
/// The zh-CN collation of ICU, which sorts Chinese by pinyin. Without ICU (invariant globalization) .NET compares
/// code points and the index would come out in an order no reader recognises, so this refuses to work then.
/// </summary>
public static class PinyinCollation
{
    private static readonly CompareInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    public static CompareInfo CompareInfo
    {
        get
        {
            // 阿 (ā) before 八 (bā) in pinyin; by code point 八 (U+516B) comes first.
            if (ZhCn.Compare("阿", "八") >= 0)
            {
                throw new InvalidOperationException(
                    "pinyin collation is not available: ICU is missing or globalization is invariant; install libicu");
            }

            return ZhCn;
        }
    }
}
