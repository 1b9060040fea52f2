using System.Globalization;
using System.Text;
using Meeting.Index;
using Meeting.Plan;

namespace Meeting.Search;

/// <summary>
/// The keyword terms with their readings, so that typing <c>jyqg</c> or <c>jiaoyuqiangguo</c> offers the term
/// 教育强国 and its page: the archive-wide term page when the archive holds several meetings, else the meeting's.
/// Each entry: term, full pinyin, initials, page, count. Loaded only when a query needs it.
/// </summary>
internal static class TermsScript
{
    /// <param name="single">The archive's only meeting, whose own term pages stand for the archive's; else null.</param>
    public static ScriptFile Build(ArchiveIndex archive, string? single)
    {
        var data = new StringBuilder().Append('[');
        var first = true;
        foreach (var term in archive.Terms)
        {
            var page = single is null ? SitePaths.ArchiveTerm(term.Slug) : SitePaths.Term(single, term.Slug);
            data.Append(first ? "[" : ",[")
                .AppendString(term.Term).Append(',')
                .AppendString(PinyinTransliteration.Full(term.Term)).Append(',')
                .AppendString(PinyinTransliteration.Initials(term.Term)).Append(',')
                .AppendString(page).Append(',')
                .Append(term.Total.ToString(CultureInfo.InvariantCulture)).Append(']');
            first = false;
        }

        return ScriptFile.Of(SearchPaths.TermsKey, data.Append(']'));
    }
}
