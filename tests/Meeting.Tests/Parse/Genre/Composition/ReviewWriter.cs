using CsCheck;
using Meeting.Model;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// Writes the review of the year past in the three ways reports do: achievements separated by ； (items without
/// markers, the first one after framing clauses), numbered achievements, or prose without separators (no items).
/// </summary>
public static class ReviewWriter
{
    private static readonly (int, string)[] Times = [(3, "一年来"), (2, "过去一年"), (2, "{last}年"), (1, "刚刚过去的{last}年"), (3, "")];

    public static Gen<PartDraft> Any(Setting s) => Gen.Frequency(
        (45, Separated(s)),
        (30, ListWriter.Numbered(new ListSpec(s, SectionKind.Review, s.Sector.Achievements, Gen.Int[2, 8], Markers, LeadClauses.Review, LeadClauses.Review, PastYear: true))),
        (25, Prose(s)));

    private static readonly (int, MarkerStyle)[] Markers =
    [
        (60, MarkerStyles.Shi), (15, MarkerStyles.Di), (10, MarkerStyles.Bracket), (10, MarkerStyles.Comma), (5, MarkerStyles.Dot),
    ];

    private static Gen<PartDraft> Separated(Setting s) =>
        from verb in Chance.Weighted(LeadVerbs.For(SectionKind.Review))
        from opener in Chance.Percent(40)
        from openerText in Chance.Any(LeadClauses.ReviewOpeners)
        from time in Gen.Frequency(Times)
        from circumstance in Chance.Percent(35)
        from subject in Chance.Percent(70)
        from count in Gen.Int[2, Math.Min(10, s.Sector.Achievements.Count)]
        from entries in Gen.Shuffle(s.Sector.Achievements.ToArray(), count)
        from tails in Gen.Int[0, 9].Array[count]
        from closing in Chance.Percent(50)
        from closingText in Chance.Any(Closings.ReviewSentences)
        // After an opening sentence of its own the achievements are framed by 一年来 or nothing, never by the year again.
        let framing = opener && time is not ("一年来" or "") ? "一年来" : time
        select Separated(s, verb, opener ? s.Fill(openerText) : null, s.Fill(framing), circumstance, subject, entries, tails,
            closing ? s.Fill(closingText) : "");

    private static PartDraft Separated(
        Setting s, string verb, string? opener, string time, bool circumstance, bool subject, string[] entries, int[] tails, string closing)
    {
        var framing = (time.Length > 0 ? time + "，" : "") + (circumstance ? s.Locality.Leadership + "，" : "");
        var subjectText = subject ? s.Subject : "";
        var items = new List<ExpectedItem>();
        var parts = new List<string>();
        for (var i = 0; i < entries.Length; i++)
        {
            var (heading, detail) = Chance.Split(s.Fill(entries[i]));
            var first = i == 0 ? subjectText : "";
            items.Add(new ExpectedItem("", first + heading));
            // An achievement without its result is kept to a few, as in published reviews (推进“双减”落地见效；…).
            parts.Add(first + heading + (tails[i] < 1 || detail.Length == 0 ? "" : "，" + detail));
        }

        var verbText = verb.Length > 0 ? verb + "，" : "";
        var openerOwnsVerb = opener is not null && opener.StartsWith("会议", StringComparison.Ordinal);
        var lead = opener is null ? "" : (openerOwnsVerb ? "" : verbText) + opener + "。";
        var sentence = (opener is null ? verbText : "") + framing + string.Join("；", parts) + "。";
        List<string> tags =
        [
            "review: achievements separated by ；",
            $"review: lead {(opener is null || !openerOwnsVerb ? (verb.Length > 0 ? verb : "no verb") : "会议充分肯定")}",
            $"review: framing {(time.Length > 0 ? "time" : "no time")}{(circumstance ? " + 在…下" : "")}",
            subject ? "review: first achievement names its subject" : "review: first achievement without subject",
        ];
        if (opener is not null)
        {
            tags.Add("review: opening sentence before the achievements");
        }

        return new PartDraft(SectionKind.Review, [lead + sentence + closing], items, tags);
    }

    // Achievements told in one run of clauses, never separated by ；: an editor lists no items.
    private static Gen<PartDraft> Prose(Setting s) =>
        from verb in Chance.Weighted(LeadVerbs.For(SectionKind.Review))
        from time in Gen.Frequency(Times)
        from count in Gen.Int[2, 4]
        from entries in Gen.Shuffle(s.Sector.Achievements.ToArray(), count)
        from closingText in Chance.Any(Closings.ReviewSentences)
        select new PartDraft(
            SectionKind.Review,
            [
                (verb.Length > 0 ? verb + "，" : "") + (s.Fill(time) is { Length: > 0 } t ? t + "，" : "") + s.Subject
                    + string.Join("，", entries.Select(e => s.Fill(e))) + "。" + s.Fill(closingText),
            ],
            [],
            ["review: prose without separators", $"review: lead {(verb.Length > 0 ? verb : "no verb")}"]);
}
