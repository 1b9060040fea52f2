using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Report text → <see cref="MeetingReport"/>. A pure function of the document, in named steps: layout,
/// sentences, blocks, the evidence of every kind for every block, the decision over the whole report, items,
/// metadata, attendees. Input that is not a report of this genre fails with a <see cref="MeetingException"/>
/// that points at the place (file:line:column); what the parser is unsure of is a warning at its paragraph.
/// </summary>
public static class ReportParser
{
    public static ParseResult Parse(SourceDocument document)
    {
        var (path, text) = (document.Path, document.Text);
        var isMarkdown = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        var front = isMarkdown ? FrontMatterReader.Read(path, text) : FrontMatter.None;
        var layout = LayoutScanner.Scan(text, front.BodyStart, isMarkdown)
            ?? throw Error(document, front.BodyStart, "the report is empty",
                "a report is a title line followed by its paragraphs, as published");
        if (layout.Paragraphs.Count == 0)
        {
            // Pointing after the title: that is where the paragraphs should be.
            throw Error(document, text.Length, "the report has a title but no paragraphs",
                "put the report's paragraphs after the title line, one paragraph per line");
        }

        var title = front.Title ?? layout.Title.Slice(text);
        var paragraphs = SplitParagraphs(text, layout.Paragraphs);
        // The metadata readers read the text as a reader sees it: wrapped lines joined, one paragraph a line.
        var body = string.Join("\n", paragraphs.Select(p => string.Concat(p.Paragraph.Sentences.Select(s => s.Text))));
        var firstParagraph = string.Concat(paragraphs[0].Paragraph.Sentences.Select(s => s.Text));
        var page = document.Page ?? Publication.Unknown;
        var days = DateReader.Read(title, firstParagraph, body, page.Published?.Year);
        var year = front.Date?.Year ?? days?.Start.Year;
        var blocks = BlockGrouper.Group(paragraphs.Select(p => p.Sentences).ToList(), year);
        var firstBlock = string.Concat(blocks[0].Sentences.Select(s => s.Text));
        var readings = PartReader.Read(document, blocks, year, front);
        if (readings.All(r => r.Chosen == SectionKind.Other))
        {
            throw Error(document, layout.Paragraphs[0].Start,
                "no part of a work conference report was recognised in this text",
                "expected paragraphs such as an opening (…在北京召开), a review of the year past, tasks or requirements (一是…二是…) or the attendees (…参加会议)");
        }

        var sections = SectionBuilder.Build(blocks, readings.Select(r => r.Chosen).ToList());

        var opening = sections.FirstOrDefault(s => s.Kind == SectionKind.Opening);
        var openingText = string.Concat(opening?.Sentences.Select(s => s.Text) ?? []);
        var date = front.Date ?? days?.Start;
        var speakers = front.Speakers ?? SpeakerReader.Read(body);
        var report = new MeetingReport(
            document,
            ChooseSlug(path, front, date),
            title,
            date,
            // Where the opening does not say, the place may be told with the attendees (…在市委会议中心参加会议).
            front.Place ?? PlaceReader.Read(openingText.Length > 0 ? openingText : firstBlock) ?? PlaceReader.Read(body),
            front.Format ?? FormatReader.Read(body),
            speakers,
            new Publication(front.Source ?? page.Publisher, front.Url ?? page.Url, front.Published ?? page.Published),
            paragraphs.Select(p => p.Paragraph).ToList(),
            sections,
            ReadAttendees(sections),
            SegmentBuilder.Build(text.Length, layout.Title, paragraphs.SelectMany(p => p.Paragraph.Sentences)))
        {
            SlugChosen = front.Slug is not null,
            EndDate = front.EndDate ?? (front.Date is null ? days?.End : null),
            Organizer = front.Organizer ?? OrganizerReader.Read(title, opening?.Sentences.FirstOrDefault()?.Text ?? "", speakers),
        };

        var warnings = PartWarnings.Of(path, readings, report)
            .Concat(MetadataWarnings.Of(path, readings[0].Line, readings[0].Column, report))
            .ToList();
        return new ParseResult(report, warnings) { Readings = readings };
    }

    private sealed record SplitParagraph(Paragraph Paragraph, IReadOnlyList<ParsedSentence> Sentences);

    private static List<SplitParagraph> SplitParagraphs(string text, IReadOnlyList<TextSpan> spans)
    {
        var result = new List<SplitParagraph>();
        foreach (var (span, index) in spans.Select((s, i) => (s, i)))
        {
            var number = index + 1;
            var sentences = SentenceSplitter.Split(text, span)
                .Select((s, i) => new Sentence($"s{number}-{i + 1}", number, LineBreaks.Join(s.Slice(text)), s))
                .ToList();
            result.Add(new SplitParagraph(new Paragraph(number, sentences, span), []));
        }

        // A counted list (“四个聚焦”：聚焦…；聚焦…) may be laid out one point per paragraph: its points are found
        // across the paragraphs, in the report's sentences taken together.
        var all = result.SelectMany(p => p.Paragraph.Sentences).ToList();
        var markers = CountedList.Mark(all.Select(s => s.Text).ToList(), all.Select(s => OrdinalMarker.At(s.Text)).ToList());
        var next = 0;
        return result.Select(p => p with
        {
            Sentences = p.Paragraph.Sentences.Select(s => new ParsedSentence(s, markers[next++])).ToList(),
        }).ToList();
    }

    // Groups are named where the meeting's facts are told: the attendees part, the opening, a closing paragraph;
    // never in the tasks (组织学生参加…) or the review.
    private static List<AttendeeGroup> ReadAttendees(IReadOnlyList<Section> sections) =>
        sections
            .Where(s => s.Kind is SectionKind.Attendees or SectionKind.Opening or SectionKind.Other)
            .SelectMany(s => AttendeeReader.Read(s.Sentences))
            .ToList();

    // The front matter's slug is checked where it is read (FrontMatterReader); here only the default is made.
    private static string ChooseSlug(string path, FrontMatter front, DateOnly? date) =>
        front.Slug
        ?? date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        ?? SlugRules.FromFileName(path);

    private static MeetingException Error(SourceDocument document, int offset, string message, string hint)
    {
        var (line, column) = SourcePosition.Of(document, offset);
        return new MeetingException(Diagnostic.Error(document.Path, line, column, message, hint));
    }
}
