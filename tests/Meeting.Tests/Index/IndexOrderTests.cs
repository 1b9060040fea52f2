using Meeting.Index;
using Xunit;

namespace Meeting.Tests.Index;

public class IndexOrderTests
{
    [Fact]
    public void Terms_sort_in_pinyin_order()
    {
        string[] expected = ["高等教育", "高水平科技自立自强", "高校", "高质量充分就业", "高质量发展", "高质量教育体系"];

        Assert.Equal(expected, expected.Reverse().Order(IndexOrder.Instance));
    }

    [Fact]
    public void The_2024_index_is_in_pinyin_order_grouped_by_letter()
    {
        var index = KeywordIndexer.Build(TestReports.Real(), TestReports.RealList());
        var terms = index.Terms.Select(t => t.Term).ToList();

        // 阿 … 走: spot checks across and within letters.
        AssertBefore(terms, "产教融合", "党的二十大精神");
        AssertBefore(terms, "教育部", "教育对外开放");
        AssertBefore(terms, "教育对外开放", "教育家精神");
        AssertBefore(terms, "教育家精神", "教育强国");
        AssertBefore(terms, "教育强国", "教育强国建设规划纲要");
        AssertBefore(terms, "两个确立", "两个维护");
        AssertBefore(terms, "主题教育", "走出去");
        // 行业 reads háng, so it leads H, before 怀 (huái); by ICU alone it would sit among the X terms.
        Assert.Equal(["行业产教融合共同体", "怀进鹏"], index.Terms.Where(t => t.Letter == "H").Select(t => t.Term));

        var letters = index.Terms.Select(t => t.Letter).ToList();
        Assert.Equal(letters.Order(StringComparer.Ordinal), letters);
    }

    [Fact]
    public void Digit_and_latin_terms_come_after_z_and_ties_are_broken_so_the_order_is_total()
    {
        string[] terms = ["2035年", "走出去", "AI", "阿"];

        Assert.Equal(["阿", "走出去", "2035年", "AI"], terms.Order(IndexOrder.Instance));
        Assert.NotEqual(0, IndexOrder.Instance.Compare("教育", "教育\u200B"));
    }

    private static void AssertBefore(List<string> terms, string first, string second) =>
        Assert.True(terms.IndexOf(first) >= 0 && terms.IndexOf(first) < terms.IndexOf(second), $"{first} should come before {second}");
}
