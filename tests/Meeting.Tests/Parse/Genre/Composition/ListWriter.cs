using CsCheck;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// Writes a numbered part (review, attributes, tasks, requirements) in any marker style and layout, and the
/// items an editor would list for it. The lead, the markers and the layout are drawn independently of the kind:
/// what the points say is the only thing that tells the kind.
/// </summary>
public static class ListWriter
{
    private static readonly (int, ListLayout)[] InlineLayouts =
    [
        (30, ListLayout.InlineAfterSentence), (30, ListLayout.InlineAfterColon), (25, ListLayout.InlineInSentence), (15, ListLayout.InlineAfterVerb),
    ];

    private static readonly (int, ListLayout)[] ParagraphLayouts =
    [
        (50, ListLayout.ParagraphsAfterColon), (25, ListLayout.ParagraphsAfterSentence), (25, ListLayout.ParagraphsBare),
    ];

    public static Gen<PartDraft> Numbered(ListSpec spec) =>
        from verb in Chance.Weighted(LeadVerbs.For(spec.Kind))
        from style in Chance.Weighted(spec.Markers)
        from inline in style.Inline ? Chance.Percent(55) : Gen.Const(false)
        from layout in Gen.Frequency(inline ? InlineLayouts : ParagraphLayouts)
        from wanted in spec.Count
        let count = Math.Min(wanted, Math.Min(style.MaxItems, spec.Entries.Count))
        from entries in Gen.Shuffle(spec.Entries.ToArray(), count)
        from tails in Gen.Int[0, 9].Array[count]
        from lead in Chance.Any(spec.Leads)
        from shortLead in Chance.Any(spec.InSentenceLeads)
        from semicolons in Gen.Bool
        from closing in Chance.Percent(25)
        from closingText in Chance.Any(Closings.ListSentences)
        from continuations in Gen.Int[1, 100].Array[count]
        from continuationText in Chance.Any(Closings.ItemContinuations)
        select Render(spec, new Choices(verb, style, layout, entries, tails, lead, shortLead, semicolons,
            closing ? closingText : null, continuations.Select(c => c <= 8 ? continuationText : null).ToArray()));

    private sealed record Choices(
        string Verb,
        MarkerStyle Style,
        ListLayout Layout,
        string[] Entries,
        int[] Tails,
        string Lead,
        string ShortLead,
        bool Semicolons,
        string? Closing,
        string?[] Continuations);

    private static PartDraft Render(ListSpec spec, Choices c)
    {
        var s = spec.Setting;
        var n = c.Entries.Length;
        // Points with no lead at all are left to reports that name the speaker of the list (会议要求，一是…), and a review always has its lead.
        var layout = c.Layout switch
        {
            ListLayout.InlineAfterVerb when c.Verb.Length == 0 || spec.PastYear => ListLayout.InlineAfterSentence,
            ListLayout.ParagraphsBare when c.Verb.Length == 0 || spec.PastYear => ListLayout.ParagraphsAfterColon,
            _ => c.Layout,
        };
        var inline = layout is ListLayout.InlineAfterSentence or ListLayout.InlineAfterColon or ListLayout.InlineInSentence or ListLayout.InlineAfterVerb;
        var semicolons = layout is ListLayout.InlineInSentence or ListLayout.InlineAfterVerb
            || (layout == ListLayout.InlineAfterColon && c.Semicolons);

        var items = new List<ExpectedItem>();
        var texts = new List<string>();
        for (var i = 1; i <= n; i++)
        {
            var (heading, detail) = Chance.Split(s.Fill(c.Entries[i - 1]));
            var tail = detail.Length == 0 || c.Tails[i - 1] < 2 && !spec.PastYear ? ""
                : c.Tails[i - 1] >= 8 && !semicolons ? "。" + detail
                : "，" + detail;
            var end = semicolons && i < n ? "；" : "。";
            texts.Add(c.Style.Written(i, n) + c.Style.HeadingPrefix + heading + tail + end);
            items.Add(new ExpectedItem(c.Style.Outline(i, n), c.Style.HeadingPrefix + heading));
        }

        var lead = Lead(s, c.Verb, layout == ListLayout.InlineInSentence ? c.ShortLead : c.Lead, n);
        var closing = inline && c.Closing is not null ? s.Fill(c.Closing) : "";
        List<string> paragraphs = layout switch
        {
            ListLayout.InlineAfterSentence => [lead + "。" + string.Concat(texts) + closing],
            ListLayout.InlineAfterColon => [lead + "：" + string.Concat(texts) + closing],
            ListLayout.InlineInSentence => [lead + "，" + string.Concat(texts) + closing],
            ListLayout.InlineAfterVerb => [c.Verb + "，" + string.Concat(texts) + closing],
            ListLayout.ParagraphsAfterColon => [lead + "：", .. WithContinuations(texts, c.Continuations)],
            ListLayout.ParagraphsAfterSentence => [lead + "。", .. WithContinuations(texts, c.Continuations)],
            _ => WithContinuations(Prefixed(texts, c.Verb), c.Continuations),
        };

        var kind = spec.Kind.ToString().ToLowerInvariant();
        var shown = layout is ListLayout.ParagraphsBare or ListLayout.InlineAfterVerb || lead.StartsWith(c.Verb + "，", StringComparison.Ordinal);
        var verbTag = shown && c.Verb.Length > 0 ? c.Verb : "no verb";
        List<string> tags =
        [
            $"{kind}: marker {c.Style.Name}",
            $"{kind}: layout {layout}",
            $"{kind}: lead {verbTag}",
            $"{kind}: {(n <= 5 ? "2-5" : n <= 10 ? "6-10" : "11-15")} items",
        ];
        if (inline)
        {
            tags.Add($"{kind}: points separated by {(semicolons ? "；" : "。")}");
        }

        if (c.Continuations.Take(n - 1).Any(x => x is not null) && !inline)
        {
            tags.Add($"{kind}: unnumbered paragraph inside a point");
        }

        if (closing.Length > 0)
        {
            tags.Add($"{kind}: closing sentence");
        }

        return new PartDraft(spec.Kind, paragraphs, items, tags);
    }

    // A lead that has its own subject (会议对…作出部署) takes no lead verb before it.
    private static string Lead(Setting s, string verb, string clause, int n)
    {
        var text = s.Fill(clause, n);
        return verb.Length == 0 || text.StartsWith("会议", StringComparison.Ordinal) ? text : verb + "，" + text;
    }

    private static List<string> Prefixed(List<string> texts, string verb) =>
        verb.Length == 0 ? texts : [verb + "，" + texts[0], .. texts.Skip(1)];

    // An unnumbered paragraph after a point (never after the last one) belongs to that point.
    private static List<string> WithContinuations(List<string> texts, string?[] continuations)
    {
        var paragraphs = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            paragraphs.Add(texts[i]);
            if (i < texts.Count - 1 && continuations[i] is { } more)
            {
                paragraphs.Add(more);
            }
        }

        return paragraphs;
    }
}
