using Meeting.Index;
using Xunit;

namespace Meeting.Tests.Index;

public class IndexLetterTests
{
    /// <summary>The letter of every term of content/_keywords.txt and every quoted term of the 2024 report, by hand.</summary>
    public static TheoryData<string, string> LettersOf2024 => new()
    {
        { "习近平新时代中国特色社会主义思想", "X" }, { "习近平总书记关于教育的重要论述", "X" },
        { "中央教育工作领导小组", "Z" }, { "教育部", "J" }, { "怀进鹏", "H" }, { "党的二十大精神", "D" },
        { "党的全面领导", "D" }, { "全面从严治党", "Q" }, { "教育强国", "J" }, { "教育强国建设规划纲要", "J" },
        { "中国式现代化", "Z" }, { "中华民族伟大复兴", "Z" }, { "高质量教育体系", "G" }, { "高质量发展", "G" },
        { "世界教育中心", "S" }, { "稳中求进", "W" }, { "先立后破", "X" }, { "全面深化改革", "Q" },
        { "人民满意的教育", "R" }, { "以人民为中心", "Y" }, { "急难愁盼", "J" }, { "总体国家安全观", "Z" },
        { "硬道理", "Y" }, { "立德树人", "L" }, { "立德树人工程", "L" }, { "德智体美劳全面发展", "D" },
        { "五育并举", "W" }, { "社会主义建设者和接班人", "S" }, { "人才自主培养", "R" }, { "教材建设", "J" },
        { "高质量充分就业", "G" }, { "终身学习", "Z" }, { "教育、科技、人才", "J" }, { "高水平科技自立自强", "G" },
        { "科教融汇", "K" }, { "产教融合", "C" }, { "市域产教联合体", "S" }, { "行业产教融合共同体", "H" },
        { "哲学社会科学", "Z" }, { "政治属性", "Z" }, { "战略属性", "Z" }, { "民生属性", "M" },
        { "高等教育", "G" }, { "基础教育", "J" }, { "基础教育提质扩优工程", "J" }, { "职业教育", "Z" },
        { "现代职业教育体系", "X" }, { "高校", "G" }, { "教育数字化", "J" }, { "国际化", "G" },
        { "绿色化", "L" }, { "应用为王", "Y" }, { "教育对外开放", "J" }, { "全球教育治理", "Q" },
        { "教育家精神", "J" }, { "教师队伍", "J" }, { "尊师重教", "Z" }, { "抓落实", "Z" },
        { "主题教育", "Z" }, { "政治机关建设", "Z" }, { "试点", "S" }, { "自我革命", "Z" },
        { "党性党风党纪教育", "D" }, { "中央八项规定精神", "Z" }, { "行动主义者", "X" },
        // quoted in the report
        { "两个确立", "L" }, { "两个维护", "L" }, { "两个先行先试", "L" }, { "十四五", "S" },
        { "强国建设、教育何为", "Q" }, { "四链", "S" }, { "四风", "S" }, { "双减", "S" },
        { "三不腐", "S" }, { "引进来", "Y" }, { "走出去", "Z" },
    };

    [Theory]
    [MemberData(nameof(LettersOf2024))]
    public void Each_term_of_the_2024_index_is_under_its_letter(string term, string letter)
    {
        Assert.Equal(letter, IndexLetter.Of(term));
    }

    [Fact]
    public void The_table_covers_the_whole_2024_index()
    {
        var index = KeywordIndexer.Build(TestReports.Real(), TestReports.RealList());
        var table = LettersOf2024.Select(row => ((string)row[0], (string)row[1])).ToList();

        Assert.Equal(table.Select(r => r.Item1).Order(StringComparer.Ordinal), index.Terms.Select(t => t.Term).Order(StringComparer.Ordinal));
        Assert.All(index.Terms, t => Assert.Equal(table.Single(r => r.Item1 == t.Term).Item2, t.Letter));
    }

    [Theory]
    [InlineData("行业", "H")] // ICU alone says X
    [InlineData("行动", "X")] // the override is by word, not by character
    [InlineData("长期", "C")] // ICU alone says Z
    [InlineData("长效机制", "C")]
    [InlineData("重大", "Z")]
    [InlineData("重点任务", "Z")]
    [InlineData("重新", "C")]
    [InlineData("校长", "X")]
    [InlineData("校对", "J")]
    [InlineData("乐观", "L")]
    [InlineData("乐器", "Y")]
    [InlineData("朝阳", "C")]
    [InlineData("朝气", "Z")]
    [InlineData("强国", "Q")]
    [InlineData("调研", "D")]
    [InlineData("调整", "T")]
    [InlineData("率先", "S")]
    [InlineData("会计", "K")]
    [InlineData("厦门", "X")]
    public void Words_whose_first_character_has_several_readings_go_under_the_reading_they_have(string term, string letter)
    {
        Assert.Equal(letter, IndexLetter.Of(term));
    }

    [Theory]
    [InlineData("2035年远景目标")]
    [InlineData("５G")]
    [InlineData("STEM教育")]
    [InlineData("ｓｔｅｍ")]
    [InlineData("AI赋能")]
    public void Terms_starting_with_a_digit_or_latin_letter_go_under_their_own_heading(string term)
    {
        Assert.Equal("#", IndexLetter.Of(term));
    }
}
