using Meeting.Model;

namespace Meeting.Index;

/// <summary>
/// An occurrence in context (key word in context) for a term page: the clause around the match, cut at the
/// nearest clause marks before and after it, split so that the page can mark <see cref="Match"/>.
/// The marks themselves are left out; <see cref="CutBefore"/> and <see cref="CutAfter"/> say whether the sentence
/// goes on beyond the clause (a page shows "…" there). 、 does not cut: it joins the items of one enumeration
/// (深化科教融汇、充分发挥…作用), and cutting there would often leave the term alone.
/// </summary>
public sealed record Kwic(string Before, string Match, string After, bool CutBefore, bool CutAfter)
{
    private static readonly char[] ClauseMarks = ['，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?'];

    public static Kwic Of(Sentence sentence, Occurrence occurrence)
    {
        if (occurrence.SentenceId != sentence.Id)
        {
            throw new ArgumentException($"the occurrence is in {occurrence.SentenceId}, not in {sentence.Id}", nameof(occurrence));
        }

        var text = sentence.Text;
        var matchEnd = occurrence.Offset + occurrence.Length;
        var clauseStart = occurrence.Offset == 0 ? 0 : text.LastIndexOfAny(ClauseMarks, occurrence.Offset - 1) + 1;
        var markAfter = text.IndexOfAny(ClauseMarks, matchEnd);
        var clauseEnd = markAfter < 0 ? text.Length : markAfter;

        var before = text[clauseStart..occurrence.Offset];
        var after = text[matchEnd..clauseEnd];
        // Only words count as "more": the closing 。 or ” of the sentence is not.
        var cutAfter = clauseEnd < text.Length && text[(clauseEnd + 1)..].Any(char.IsLetterOrDigit);
        return new Kwic(before.TrimStart(), text[occurrence.Offset..matchEnd], after, clauseStart > 0, cutAfter);
    }
}
