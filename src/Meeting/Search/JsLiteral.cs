using System.Text;

namespace Meeting.Search;

/// <summary>
/// Writes JavaScript string literals by hand, so the output is the same bytes on every run and machine. Chinese
/// stays as it is (UTF-8); quotes, backslashes, control characters, the two line separators JavaScript once
/// forbade in strings, and any lone surrogate (an n-gram may cut a character outside the BMP in two) are escaped.
/// </summary>
internal static class JsLiteral
{
    public static StringBuilder AppendString(this StringBuilder builder, string? text)
    {
        if (text is null)
        {
            return builder.Append("null");
        }

        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case < ' ' or '\u2028' or '\u2029' or '\u007F':
                    Escape(builder, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        Escape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"');
    }

    private static void Escape(StringBuilder builder, char c) => builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
}
