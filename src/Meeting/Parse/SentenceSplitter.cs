using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Cuts a paragraph into sentences: after 。！？； (and any closing quotes or brackets that follow), and after ：
/// when a numbered point follows it (…重点任务：一要…). Whitespace between sentences is layout, not sentence text.
/// </summary>
public static class SentenceSplitter
{
    private const string Terminators = "。！？；!?";
    private const string Closers = "”’」』）》】〕\")";

    /// <summary>The sentence spans within <paramref name="paragraph"/> of <paramref name="text"/>.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan paragraph)
    {
        var spans = new List<TextSpan>();
        var start = paragraph.Start;
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            var c = text[i++];
            var breaks = Terminators.Contains(c)
                || (c is '：' or ':' && OrdinalMarker.At(text[i..paragraph.End]) is not null);
            if (!breaks)
            {
                continue;
            }

            while (i < paragraph.End && Closers.Contains(text[i]))
            {
                i++;
            }

            Add(text, spans, start, i);
            start = i;
        }

        Add(text, spans, start, paragraph.End);
        return spans;
    }

    private static void Add(string text, List<TextSpan> spans, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end - start));
        }
    }
}
