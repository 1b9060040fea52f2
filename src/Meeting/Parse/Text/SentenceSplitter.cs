using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Cuts a paragraph into sentences: after 。！？； (and any closing quotes or brackets that follow), and where a
/// numbered point begins inside a sentence, after the ： or ， before it (…重点任务：一要…, 会议要求，一是…,
/// 做好今年工作，一要…, 一是加强领导，二是压实责任), and after the ： of a counted list (做到“五个着力”：着力…).
/// Whitespace between sentences is layout, not sentence text.
/// </summary>
public static class SentenceSplitter
{
    private const string Terminators = "。！？；!?";
    private const string Closers = "”’」』）》】〕\")";

    // Styles that open a list inside a sentence. 一、 and 1. number only at the start of a sentence, and 首先 is
    // as often a plain adverb (…，首先要…) as a marker.
    private static readonly MarkerStyle[] InlineStyles =
        [MarkerStyle.Shi, MarkerStyle.Yao, MarkerStyle.Di, MarkerStyle.Bracket, MarkerStyle.ArabicBracket, MarkerStyle.Qi];

    /// <summary>The sentence spans within <paramref name="paragraph"/> of <paramref name="text"/>.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan paragraph)
    {
        var spans = new List<TextSpan>();
        var start = paragraph.Start;
        var i = paragraph.Start;
        var last = Marker(text, start, paragraph.End);
        while (i < paragraph.End)
        {
            var c = text[i++];
            var breaks = Terminators.Contains(c)
                || (c == ';' && !EndsAnEntity(text, paragraph.Start, i - 1))
                || (c is '：' or ':' && (StartsPoint(text, i, paragraph.End, last, afterColon: true) || CountedList.WordBefore(text, start, i - 1) is not null || OpensSemicolonList(text, i, paragraph.End)))
                || (c is '，' or ',' && StartsPoint(text, i, paragraph.End, last, afterColon: IsShortLead(text, start, i) || OrdinalFollows(text, i, paragraph.End)));
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
            last = Marker(text, start, paragraph.End) ?? last;
        }

        Add(text, spans, start, paragraph.End);
        return spans;
    }

    /// <summary>
    /// True when the sentence ends with a semicolon, full-width or pasted half-width (…6.8万人;), as the points of a
    /// list separated by semicolons do.
    /// </summary>
    public static bool EndsWithSemicolon(string sentence) =>
        sentence.EndsWith('；') || (sentence.EndsWith(';') && !EndsAnEntity(sentence, 0, sentence.Length - 1));

    // &amp; &#12289; pasted from a web page: the ; ends a character reference, not a clause.
    internal static bool EndsAnEntity(string text, int start, int semicolon)
    {
        var i = semicolon - 1;
        while (i >= start && semicolon - i <= 10 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '#'))
        {
            i--;
        }

        return i >= start && i < semicolon - 1 && text[i] == '&';
    }

    /// <summary>
    /// A point starts at <paramref name="at"/>: the first of a list, or the one after the last seen. After ：
    /// any style may open a list (…以下工作：1.…); after ， only the styles that number inside a sentence.
    /// </summary>
    private static bool StartsPoint(string text, int at, int end, OrdinalMarker? last, bool afterColon) =>
        Marker(text, at, end) is { } marker
        && (afterColon || InlineStyles.Contains(marker.Style))
        && (marker.Value == 1 || (last is not null && marker.Follows(last)));

    // …各项工作取得新进展：学前教育…全面完成；义务教育…；高中教育…。 A colon before points separated by semicolons
    // ends the lead, so the first point is a sentence of its own like the rest (10:30 is a time, not a colon).
    private static bool OpensSemicolonList(string text, int at, int end)
    {
        if (at < end && char.IsDigit(text[at]))
        {
            return false;
        }

        var stop = text.IndexOfAny(['。', '！', '？'], at, end - at);
        var span = text.AsSpan(at, (stop < 0 ? end : stop) - at);
        return span.Count('；') + span.Count(';') >= 2;
    }

    // 会议要求，1.… 王强强调，首先…: after a lead of a few words, a list may open in any style.
    private static bool IsShortLead(string text, int sentenceStart, int afterComma) => afterComma - sentenceStart <= 9;

    // …，首先…；其次…: 首先 is a marker where 其次 follows it in the paragraph, not a plain adverb.
    private static bool OrdinalFollows(string text, int at, int end) =>
        Marker(text, at, end) is { Style: MarkerStyle.Sequence, Value: 1 } && text.IndexOf("其次", at, end - at, StringComparison.Ordinal) > 0;

    private static OrdinalMarker? Marker(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at < end ? OrdinalMarker.At(text.AsSpan(at, Math.Min(end - at, 8))) : null;
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
