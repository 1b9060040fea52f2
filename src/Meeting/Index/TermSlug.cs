using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Meeting.Index;

/// <summary>
/// The name of a term's page, derived from the term alone so that adding or removing other terms never moves a page.
/// Chinese stays readable (教育强国 → 教育强国; the renderer percent-encodes hrefs). Letters, digits and marks are
/// kept; anything else (、“” spaces / \ : * ? &lt; &gt; | and the like) becomes "-"; Latin is lower-cased because
/// Windows and macOS file names ignore case. Whenever the term had to be changed, a short hash of the term is
/// appended, so two terms that clean up alike (a/b, a-b) still get different pages.
/// </summary>
public static class TermSlug
{
    /// <summary>Keeps a file name well under the 255-byte limit (a Chinese character is 3 bytes in UTF-8).</summary>
    private const int MaxLength = 48;

    private static readonly HashSet<string> WindowsReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static string Of(string term)
    {
        var cleaned = Clean(term.Normalize(NormalizationForm.FormC));
        if (cleaned.Length > MaxLength)
        {
            cleaned = cleaned[..MaxLength].TrimEnd('-');
            if (char.IsHighSurrogate(cleaned[^1]))
            {
                cleaned = cleaned[..^1];
            }
        }

        var changed = cleaned != term || WindowsReservedNames.Contains(cleaned);
        if (!changed)
        {
            return cleaned;
        }

        var hash = ShortHash(term);
        return cleaned.Length == 0 ? $"term-{hash}" : $"{cleaned}-{hash}";
    }

    private static string Clean(string term)
    {
        var builder = new StringBuilder(term.Length);
        var lastWasDash = true; // no leading dash
        for (var i = 0; i < term.Length; i++)
        {
            var c = term[i];
            if (char.IsSurrogatePair(term, i))
            {
                // Characters beyond the BMP (rare Han extensions) are letters too.
                if (char.IsLetterOrDigit(term, i))
                {
                    builder.Append(c).Append(term[i + 1]);
                    lastWasDash = false;
                }
                else if (!lastWasDash)
                {
                    builder.Append('-');
                    lastWasDash = true;
                }

                i++;
                continue;
            }

            if (IsKept(c))
            {
                builder.Append(char.IsAscii(c) ? char.ToLowerInvariant(c) : c);
                lastWasDash = false;
            }
            else if (!lastWasDash)
            {
                builder.Append('-');
                lastWasDash = true;
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>Letters and digits of any script, except full-width forms that systems fold into ASCII.</summary>
    private static bool IsKept(char c)
    {
        if (c is >= '\uFF00' and <= '\uFFEF')
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>The first 4 bytes of SHA-256 of the term's UTF-8, in hex: the same on every machine and run.</summary>
    private static string ShortHash(string term) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(term)))[..8];
}
