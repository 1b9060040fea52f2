using System.Text;
using System.Text.RegularExpressions;
using Meeting.Diagnostics;

namespace Meeting.Load;

/// <summary>
/// Decodes a saved web page. Chinese news sites often serve GBK or GB2312 and a browser saves the page in its
/// own encoding, so the charset the page declares (&lt;meta charset="gb2312"&gt;) is honoured; decoding is strict
/// in every encoding, and a page that declares none must be UTF-8.
/// </summary>
public static partial class HtmlCharset
{
    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(string path, byte[] bytes)
    {
        var declared = Declared(bytes);
        if (declared is null || bytes.AsSpan().StartsWith("\uFEFF"u8) || declared.WebName == "utf-8")
        {
            return StrictDecoder.Decode(path, bytes);
        }

        try
        {
            return declared.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = SourcePosition.Of(Encoding.Latin1.GetString(bytes, 0, Math.Max(0, e.Index)) + "\0", Math.Max(0, e.Index));
            throw new MeetingException(Diagnostic.Error(path, line, column,
                $"the page declares the charset {declared.WebName}, but its bytes here are not {declared.WebName}",
                "save the page again from the browser (Save Page As, Web Page, HTML only), or copy the article's text into a .txt file"));
        }
    }

    // The charset of <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…">, within the head.
    private static Encoding? Declared(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = Charset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups[1].Value.ToLowerInvariant() switch
        {
            "gb2312" or "gbk" or "x-gbk" => "GB18030", // GB18030 is a superset of both: what browsers do too
            var other => other,
        };
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
