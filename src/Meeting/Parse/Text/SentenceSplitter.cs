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
                || (c is '：' or ':' && (StartsPoint(text, i, paragraph.End, last, afterColon: true) || CountedList.WordBefore(text, start, i - 1) is not null))
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
    /// A point starts at <paramref name="at"/>: the first of a list, or the one after the last seen. After ：
    /// any style may open a list (…以下工作：1.…); after ， only the styles that number inside a sentence.
    /// </summary>
    private static bool StartsPoint(string text, int at, int end, OrdinalMarker? last, bool afterColon) =>
        Marker(text, at, end) is { } marker
        && (afterColon || InlineStyles.Contains(marker.Style))
        && (marker.Value == 1 || (last is not null && marker.Follows(last)));

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
