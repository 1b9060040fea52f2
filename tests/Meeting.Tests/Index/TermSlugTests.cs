using Meeting.Index;
using Xunit;

namespace Meeting.Tests.Index;

public class TermSlugTests
{
    private static readonly char[] Unsafe = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', '#', '%', '&', '+', ' ', '\u3000', '.', '“', '”', '、', '，'];

    [Fact]
    public void A_chinese_term_is_its_own_readable_slug()
    {
        Assert.Equal("教育强国", TermSlug.Of("教育强国"));
        Assert.Equal("十四五", TermSlug.Of("十四五"));
    }

    [Fact]
    public void A_changed_term_gets_a_stable_hash_so_look_alikes_stay_apart()
    {
        var slug = TermSlug.Of("教育、科技、人才");

        Assert.Matches("^教育-科技-人才-[0-9a-f]{8}$", slug);
        Assert.Equal(slug, TermSlug.Of("教育、科技、人才"));
        Assert.NotEqual(TermSlug.Of("a/b"), TermSlug.Of("a-b"));
        Assert.Equal("a-b", TermSlug.Of("a-b"));
        // Windows and macOS do not tell case apart in file names.
        Assert.NotEqual(TermSlug.Of("STEM").ToLowerInvariant(), TermSlug.Of("stem").ToLowerInvariant());
    }

    [Theory]
    [InlineData("强国建设、教育何为")]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j")]
    [InlineData("  ")]
    [InlineData("...")]
    [InlineData("％１００")]
    [InlineData("习近平新时代中国特色社会主义思想习近平新时代中国特色社会主义思想习近平新时代中国特色社会主义思想")]
    public void Slugs_are_safe_file_names_and_url_segments(string term)
    {
        var slug = TermSlug.Of(term);

        Assert.NotEmpty(slug);
        Assert.True(slug.IndexOfAny(Unsafe) < 0, slug);
        Assert.All(slug, c => Assert.False(char.IsControl(c) || char.IsWhiteSpace(c)));
        Assert.DoesNotContain(slug.ToLowerInvariant(), new[] { "con", "prn", "aux", "nul" });
        Assert.False(slug.StartsWith('-') || slug.EndsWith('-'));
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(slug), 1, 200);
    }

    [Fact]
    public void Adding_terms_to_the_list_changes_no_slug()
    {
        var report = TestReports.Real();
        var before = KeywordIndexer.Build(report, TestReports.RealList());
        var more = File.ReadAllText(TestReports.RepoFile("content/_keywords.txt")) + "\n教育\n教育强国建设\n强国\n";
        var after = KeywordIndexer.Build(report, KeywordListParser.Parse("k.txt", more));

        Assert.True(after.Terms.Count > before.Terms.Count);
        Assert.All(before.Terms, t => Assert.Equal(t.Slug, after.Find(t.Term)!.Slug));
    }

    [Fact]
    public void Slugs_of_the_2024_index_are_unique_even_ignoring_case()
    {
        var index = KeywordIndexer.Build(TestReports.Real(), TestReports.RealList());

        Assert.Equal(index.Terms.Count, index.Terms.Select(t => t.Slug).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
