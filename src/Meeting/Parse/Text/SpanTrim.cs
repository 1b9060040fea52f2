using Meeting.Model;

namespace Meeting.Parse;

/// <summary>The span of text[start..end) without the white space (U+3000 included) at either end: layout, not content.</summary>
internal static class SpanTrim
{
    public static TextSpan Of(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end - start);
    }
}
