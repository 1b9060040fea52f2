using System.Globalization;
using System.Text;

namespace Meeting.Index;

/// <summary>
/// How a term reads in pinyin without tones (教育强国 → jiao yu qiang guo), so a reader can find it by typing
/// <c>jiaoyuqiangguo</c> or its initials <c>jyqg</c>. Each character is read by ICU's zh-CN collation, the same one
/// that orders the keyword index: its syllable is the last one in <see cref="PinyinSyllables"/> whose first
/// character does not sort after it. A term that starts with a word of several readings takes the reading of
/// <see cref="PinyinReading"/> (行业 is hang ye). ü is written u (lü → lu); digits and Latin letters stand for
/// themselves, lower-cased; anything else (punctuation, rare characters) is left out.
/// </summary>
public static class PinyinTransliteration
{
    /// <summary>The syllables of a term, one per character that has a reading.</summary>
    public static IReadOnlyList<string> Syllables(string term)
    {
        var collation = PinyinCollation.CompareInfo;
        var sortForm = PinyinReading.SortForm(term).Normalize(NormalizationForm.FormKC);
        var syllables = new List<string>();
        foreach (var c in sortForm)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                syllables.Add(char.ToLowerInvariant(c).ToString());
            }
            else if (IsHan(c) && Read(collation, c) is { } syllable)
            {
                syllables.Add(syllable);
            }
        }

        return syllables;
    }

    /// <summary>The whole reading run together: jiaoyuqiangguo.</summary>
    public static string Full(string term) => string.Concat(Syllables(term));

    /// <summary>The first letter of each syllable: jyqg.</summary>
    public static string Initials(string term) => string.Concat(Syllables(term).Select(s => s[0]));

    private static string? Read(CompareInfo collation, char c)
    {
        var text = c.ToString();
        if (collation.Compare(text, PinyinSyllables.Last.ToString()) > 0)
        {
            return null;
        }

        var table = PinyinSyllables.All;
        var (low, high) = (0, table.Length - 1);
        var found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (collation.Compare(table[middle].First.ToString(), text) <= 0)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? null : table[found].Syllable.Replace('v', 'u');
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
