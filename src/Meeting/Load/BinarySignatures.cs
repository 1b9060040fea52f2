namespace Meeting.Load;

/// <summary>
/// The first bytes of the kinds of file an editor may drop into <c>content/</c> by mistake (a PDF renamed to
/// .txt, an image, a Word document), so the message can name what the file is rather than where it first fails.
/// </summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, string Kind, string Hint)[] Known =
    [
        ("%PDF"u8.ToArray(), "a PDF", "copy the report's text out of the PDF into a .txt file saved as UTF-8"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image", "a report is the published text, not a picture of it"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image", "a report is the published text, not a picture of it"),
        ("GIF8"u8.ToArray(), "a GIF image", "a report is the published text, not a picture of it"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive (a .docx or .xlsx is one)", "copy the report's text into a .txt file saved as UTF-8"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Word or Excel document", "copy the report's text into a .txt file saved as UTF-8"),
    ];

    /// <summary>What the file is, if its first bytes say so; null for anything else.</summary>
    public static (string Kind, string Hint)? Recognise(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind, hint) in Known)
        {
            if (bytes.StartsWith(magic))
            {
                return (kind, hint);
            }
        }

        return null;
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: its ASCII characters (digits, line ends) carry a zero byte, which UTF-8
    /// text never holds. Read as UTF-16 (either byte order), such a file is text: no U+0000, no control character
    /// but tab and line ends, no broken surrogate. Binary data with zero bytes in it does not read so.
    /// </summary>
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4 || !sample.Contains((byte)0))
        {
            return false;
        }

        return ReadsAsText(System.Text.Encoding.Unicode, sample) || ReadsAsText(System.Text.Encoding.BigEndianUnicode, sample);
    }

    private static bool ReadsAsText(System.Text.Encoding utf16, ReadOnlySpan<byte> sample)
    {
        var text = utf16.GetString(sample);
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c == '\uFFFD')
            {
                return false;
            }
        }

        return true;
    }
}
