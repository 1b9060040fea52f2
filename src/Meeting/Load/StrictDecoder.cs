using System.Text;
using Meeting.Diagnostics;

namespace Meeting.Load;

/// <summary>
/// Decodes a file as UTF-8 (a byte-order mark is allowed and dropped) and refuses what is not text: binary
/// data, UTF-16, invalid UTF-8, control characters. The message says where, so the editor can look.
/// </summary>
public static class StrictDecoder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            throw new MeetingException(Diagnostic.About(path, "the file is UTF-16 text, not UTF-8",
                "save it as UTF-8 (in most editors: Save As, encoding UTF-8)"));
        }

        if (BinarySignatures.Recognise(bytes) is { } binary)
        {
            throw new MeetingException(Diagnostic.About(path, $"the file is {binary.Kind}, not text", binary.Hint));
        }

        if (BinarySignatures.LooksLikeUtf16(bytes))
        {
            throw new MeetingException(Diagnostic.About(path, "the file looks like UTF-16 text (without a byte-order mark), not UTF-8",
                "save it as UTF-8 (in most editors: Save As, encoding UTF-8)"));
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var nul = bytes.AsSpan(start).IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = PositionOfByte(bytes, start, start + nul);
            throw new MeetingException(Diagnostic.Error(path, line, column, "the file holds binary data (a NUL byte), not text",
                "a report is plain UTF-8 text: a title line, then paragraphs"));
        }

        var body = bytes.AsSpan(start);
        var invalid = FirstInvalidByte(body);
        if (invalid >= 0)
        {
            var (line, column) = PositionOfByte(bytes, start, start + invalid);
            throw new MeetingException(Diagnostic.Error(path, line, column,
                $"the text is not valid UTF-8 here (byte 0x{body[invalid]:X2})",
                "the file is probably in another encoding, such as GBK; save it as UTF-8"));
        }

        var text = Utf8.GetString(body);
        var control = text.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        while (control >= 0 && text[control] is '\n' or '\r' or '\t')
        {
            var next = text.AsSpan(control + 1).IndexOfAnyInRange('\0', '\u001F');
            control = next < 0 ? -1 : control + 1 + next;
        }

        if (control >= 0)
        {
            var (line, column) = SourcePosition.Of(text, control);
            throw new MeetingException(Diagnostic.Error(path, line, column,
                $"control character U+{(int)text[control]:X4} in the text",
                "a report is plain text; remove the character or copy the text again from its source"));
        }

        return text;
    }

    // The offset of the first byte that is not part of a well-formed UTF-8 sequence; -1 if there is none.
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    // Where a byte stands, as line and column of the valid text before it.
    private static (int Line, int Column) PositionOfByte(byte[] bytes, int start, int index)
    {
        var prefix = Encoding.UTF8.GetString(bytes, start, index - start);
        return SourcePosition.Of(prefix + "\0", prefix.Length);
    }
}
