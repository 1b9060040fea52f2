using System.Text;
using Meeting.Diagnostics;
using Meeting.Load;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Load;

/// <summary>Text is UTF-8, with or without a byte-order mark; anything else is refused with the place it fails.</summary>
public sealed class StrictDecoderTests
{
    [Fact]
    public void The_byte_order_mark_is_dropped_and_nothing_else()
    {
        var text = "标题\r\n\u3000\u3000正文。 \n";
        Assert.Equal(text, StrictDecoder.Decode("r.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]));
    }

    [Fact]
    public void Binary_data_that_no_signature_names_is_refused_where_its_first_zero_byte_is()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("标题\nab"), 0x00, 0x00, 0x07, 0x00, 0xFF, 0x00, 0x00, 0x01];
        var error = Assert.Throws<MeetingException>(() => StrictDecoder.Decode("data.txt", bytes));
        ErrorAssert.Reported(error, ExitCodes.ContentError, "data.txt", 2, 3, "the file holds binary data (a NUL byte), not text");
    }

    [Fact]
    public void A_control_character_is_refused_where_it_stands()
    {
        var error = Assert.Throws<MeetingException>(() => StrictDecoder.Decode("r.txt", Encoding.UTF8.GetBytes("标题\n正文\u001B[0m。\n")));
        ErrorAssert.Reported(error, ExitCodes.ContentError, "r.txt", 2, 3, "control character U+001B in the text");
    }

    [Theory]
    [InlineData(new byte[] { 0xE6, 0x95 }, 1, 3)] // a character cut short at the end
    [InlineData(new byte[] { 0xC0, 0xAF }, 1, 3)] // an overlong form of '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 1, 3)] // a surrogate encoded as UTF-8
    public void Malformed_utf8_is_refused_at_its_line_and_column(byte[] bad, int line, int column)
    {
        var error = Assert.Throws<MeetingException>(() => StrictDecoder.Decode("r.txt", [.. Encoding.UTF8.GetBytes("标题"), .. bad]));
        Assert.Equal((line, column), (error.Diagnostics[0].Line, error.Diagnostics[0].Column));
        Assert.StartsWith("the text is not valid UTF-8 here", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Utf16_big_endian_without_a_mark_is_named()
    {
        var error = Assert.Throws<MeetingException>(() => StrictDecoder.Decode("r.txt", Encoding.BigEndianUnicode.GetBytes("2024年会议召开\n1月11日。\n")));
        Assert.Equal("the file looks like UTF-16 text (without a byte-order mark), not UTF-8", error.Diagnostics[0].Message);
    }
}
