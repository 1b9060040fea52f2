using System.Text.RegularExpressions;

namespace Meeting.Corpus.Hugo;

/// <summary>
/// The keyword taxonomy of a Hugo page: every quoted term (“双减”, “十四五”) and those of a fixed list of
/// the genre's terms that occur in the text, in order of first appearance. The same kind of terms the
/// generator's own index holds, so both sites do comparable taxonomy work.
/// </summary>
public static partial class KeywordPicker
{
    public static readonly IReadOnlyList<string> GenreTerms =
    [
        "教育强国", "立德树人", "产教融合", "科教融汇", "高质量发展", "高质量教育体系", "职业教育", "基础教育", "高等教育",
        "教育数字化", "教师队伍", "教育家精神", "中国式现代化", "德智体美劳", "全面从严治党", "人民满意的教育",
        "教育评价", "对外开放", "主题教育", "总体国家安全观", "学前教育", "义务教育", "特殊教育",
    ];

    [GeneratedRegex("“([^“”]{1,20})”")]
    private static partial Regex Quoted();

    public static IReadOnlyList<string> Pick(string text)
    {
        var found = new List<(int Position, string Term)>();
        foreach (Match match in Quoted().Matches(text))
        {
            found.Add((match.Index, match.Groups[1].Value));
        }
        foreach (var term in GenreTerms)
        {
            var at = text.IndexOf(term, StringComparison.Ordinal);
            if (at >= 0)
            {
                found.Add((at, term));
            }
        }
        return found.OrderBy(f => f.Position).Select(f => f.Term).Distinct(StringComparer.Ordinal).ToList();
    }
}
