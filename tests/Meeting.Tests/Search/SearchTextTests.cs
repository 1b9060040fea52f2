using Meeting.Search;
using Xunit;

namespace Meeting.Tests.Search;

/// <summary>The folding both the index and the query go through, and the shard numbers search.js must agree on.</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("ＡＩ赋能", "ai赋能")]
    [InlineData("２０３５年", "2035年")]
    [InlineData("（试行）", "(试行)")]
    [InlineData("GDP　增长", "gdp 增长")]
    [InlineData("教育强国", "教育强国")]
    [InlineData("ｅ－Ｇｏｖ", "e-gov")]
    public void Folding_makes_full_width_half_width_and_Latin_lower_case_and_keeps_every_offset(string text, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(text));
        Assert.Equal(text.Length, SearchText.Fold(text).Length);
    }

    [Fact]
    public void Chinese_punctuation_that_has_no_half_width_twin_stays_itself()
    {
        Assert.Equal("、。“”《》【】", SearchText.Fold("、。“”《》【】"));
        Assert.Equal(";:", SearchText.Fold("；："));
    }

    /// <summary>Values computed by the hash function of templates/assets/search.js (node, Math.imul): both sides must agree.</summary>
    [Theory]
    [InlineData("教", 124277423u)]
    [InlineData("教育", 172556546u)]
    [InlineData("教育强", 318209184u)]
    [InlineData("a", 444641715u)]
    [InlineData("2035", 1332147829u)]
    public void The_shard_hash_is_the_one_the_script_computes(string ngram, uint hash)
    {
        Assert.Equal(hash, NgramBucket.Hash(ngram));
        Assert.Equal((int)(hash & 7), NgramBucket.Of(ngram, 8));
    }

    [Fact]
    public void Half_a_character_beyond_the_BMP_hashes_as_the_script_hashes_it()
    {
        Assert.Equal(373961550u, NgramBucket.Hash("\ud840"));
    }
}
