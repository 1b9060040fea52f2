using Meeting.Index;
using Xunit;

namespace Meeting.Tests.Search;

/// <summary>Terms read in pinyin by ICU's collation, so a reader can type jyqg or jiaoyuqiangguo.</summary>
public sealed class PinyinTransliterationTests
{
    [Theory]
    [InlineData("教育强国", "jiaoyuqiangguo", "jyqg")]
    [InlineData("产教融合", "chanjiaoronghe", "cjrh")]
    [InlineData("立德树人", "lideshuren", "ldsr")]
    [InlineData("双减", "shuangjian", "sj")]
    [InlineData("两个确立", "lianggequeli", "lgql")]
    [InlineData("德智体美劳全面发展", "dezhitimeilaoquanmianfazhan", "dztmlqmfz")]
    [InlineData("绿色化", "lusehua", "lsh")]
    [InlineData("县中", "xianzhong", "xz")]
    [InlineData("十四五", "shisiwu", "ssw")]
    [InlineData("教育、科技、人才", "jiaoyukejirencai", "jykjrc")]
    [InlineData("5G应用", "5gyingyong", "5gyy")]
    public void A_term_reads_as_its_pinyin_and_initials(string term, string full, string initials)
    {
        Assert.Equal(full, PinyinTransliteration.Full(term));
        Assert.Equal(initials, PinyinTransliteration.Initials(term));
    }

    [Fact]
    public void A_term_that_starts_with_a_word_of_several_readings_reads_as_the_polyphone_table_says()
    {
        Assert.Equal("hangyechanjiaoronghegongtongti", PinyinTransliteration.Full("行业产教融合共同体"));
        Assert.Equal("xingdongzhuyizhe", PinyinTransliteration.Full("行动主义者"));
        Assert.Equal("changxiao", PinyinTransliteration.Full("长效"));
    }

    [Fact]
    public void The_syllable_table_rises_in_collation_order_and_alphabetically()
    {
        var collation = PinyinCollation.CompareInfo;
        var table = PinyinSyllables.All;
        for (var i = 1; i < table.Length; i++)
        {
            Assert.True(collation.Compare(table[i - 1].First.ToString(), table[i].First.ToString()) < 0, $"{table[i - 1]} then {table[i]}");
            Assert.True(string.CompareOrdinal(table[i - 1].Syllable, table[i].Syllable) < 0 || table[i].Syllable.StartsWith(table[i - 1].Syllable[..1], StringComparison.Ordinal),
                $"{table[i - 1].Syllable} then {table[i].Syllable}");
        }

        Assert.InRange(table.Length, 400, 420);
    }
}
