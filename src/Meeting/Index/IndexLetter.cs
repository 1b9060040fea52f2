using System.Globalization;
using System.Text;

namespace Meeting.Index;

/// <summary>
/// The heading a term is listed under: A–Z by the pinyin of its start, or "#" for a term that starts with a digit
/// or a Latin (or other alphabetic) letter, or anything ICU sorts before A. "#" comes after Z.
/// </summary>
public static class IndexLetter
{
    public const string Other = "#";

    /// <summary>ICU's own index boundaries for zh: U+FDD0 followed by the letter sorts just before that letter's first character.</summary>
    private static readonly (string Letter, string Boundary)[] Boundaries =
        Enumerable.Range('A', 26).Select(c => (((char)c).ToString(), "\uFDD0" + (char)c)).ToArray();

    public static string Of(string term)
    {
        if (term.Length == 0 || StartsWithDigitOrAlphabet(term))
        {
            return Other;
        }

        var collation = PinyinCollation.CompareInfo;
        var sortForm = PinyinReading.SortForm(term);
        var letter = Other;
        foreach (var (candidate, boundary) in Boundaries)
        {
            // The last boundary not greater than the term.
            if (collation.Compare(boundary, sortForm, CompareOptions.None) <= 0)
            {
                letter = candidate;
            }
        }

        return letter;
    }

    private static bool StartsWithDigitOrAlphabet(string term)
    {
        // Full-width forms (２０３５, Ａ股) count as their ASCII selves.
        var first = term[..(char.IsHighSurrogate(term[0]) && term.Length > 1 ? 2 : 1)].Normalize(NormalizationForm.FormKC)[0];
        var category = char.GetUnicodeCategory(first);
        // Han characters are OtherLetter; cased letters (Latin, Greek, Cyrillic) are not, and ICU puts them after Z.
        return char.IsDigit(first) || (char.IsLetter(first) && category != UnicodeCategory.OtherLetter);
    }
}
