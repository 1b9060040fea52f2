using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Cuts a paragraph into sentences: after 。！？； (and any closing quotes or brackets that follow), and after ：
/// when a numbered point follows it (…重点任务：一要…), and after a framing clause such as 会议要求，when the
/// first point follows it (会议要求，一是…). Whitespace between sentences is layout, not sentence text.
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
                || (c is '：' or ':' && OrdinalMarker.At(text[i..paragraph.End]) is not null)
                || (c is '，' && IsFrameBeforeList(text, start, i, paragraph.End));
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

    /// <summary>会议要求，一是…: a framing clause directly before the first point ends a sentence, as ： does.</summary>
    private static bool IsFrameBeforeList(string text, int sentenceStart, int afterComma, int end)
    {
        var clause = text.AsSpan(sentenceStart, afterComma - 1 - sentenceStart).Trim();
        return GenreVocabulary.FrameClauses.Contains(clause.ToString())
            && OrdinalMarker.At(text[afterComma..end]) is { Value: 1 };
    }

    private static void Add(string text, List<TextSpan> spans, int start, int end)
    {
        var span = SpanTrim.Of(text, start, end);
        if (span.Length > 0)
        {
            spans.Add(span);
        }
    }
}
