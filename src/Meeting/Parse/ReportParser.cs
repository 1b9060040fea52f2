using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Report text → <see cref="MeetingReport"/>. A pure function of the document: layout, sentences, blocks,
/// parts, items, metadata, attendees. Input that is not a report of this genre fails with a
/// <see cref="MeetingException"/> that points at the place (file:line:column).
/// </summary>
public static class ReportParser
{
    public static ParseResult Parse(SourceDocument document)
    {
        var (path, text) = (document.Path, document.Text);
        var isMarkdown = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        var front = isMarkdown ? FrontMatterReader.Read(path, text) : FrontMatter.None;
        var layout = LayoutScanner.Scan(text, front.BodyStart, isMarkdown)
            ?? throw Error(path, text, front.BodyStart, "the report is empty",
                "a report is a title line followed by its paragraphs, as published");
        if (layout.Paragraphs.Count == 0)
        {
            // Pointing after the title: that is where the paragraphs should be.
            throw Error(path, text, text.Length, "the report has a title but no paragraphs",
                "put the report's paragraphs after the title line, one paragraph per line");
        }

        var paragraphs = SplitParagraphs(text, layout.Paragraphs);
        var sections = BuildSections(paragraphs);
        if (sections.All(s => s.Kind == SectionKind.Other))
        {
            throw Error(path, text, layout.Paragraphs[0].Start,
                "no part of a work conference report was recognised in this text",
                "expected paragraphs such as an opening (…在北京召开), key tasks (一要…二要…), requirements (一是…二是…) or the attendees (…参加会议)");
        }

        var title = front.Title ?? layout.Title.Slice(text);
        var opening = sections.FirstOrDefault(s => s.Kind == SectionKind.Opening);
        var metadata = MetadataReader.Read(title, opening?.Sentences.Select(s => s.Text).ToList() ?? [], text);
        var attendees = sections.Where(s => s.Kind == SectionKind.Attendees).SelectMany(s => AttendeeReader.Read(s.Sentences)).ToList();
        var date = front.Date ?? metadata.Date;
        var slug = ChooseSlug(path, front, date);

        var report = new MeetingReport(
            document,
            slug,
            title,
            date,
            front.Place ?? metadata.Place,
            front.Format ?? metadata.Format,
            metadata.Speaker is { } speaker ? [speaker] : [],
            new Publication(front.Source, front.Url, front.Published),
            paragraphs.Select(p => p.Paragraph).ToList(),
            sections,
            attendees,
            SegmentBuilder.Build(text.Length, layout.Title, paragraphs.SelectMany(p => p.Paragraph.Sentences)))
        {
            SlugChosen = front.Slug is not null,
        };
        return new ParseResult(report, MissingParts.Warn(report));
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
            result.Add(new SplitParagraph(
                new Paragraph(number, sentences, span),
                sentences.Select(s => new ParsedSentence(s, OrdinalMarker.At(s.Text))).ToList()));
        }

        return result;
    }

    private static List<Section> BuildSections(IReadOnlyList<SplitParagraph> paragraphs)
    {
        var blocks = BlockGrouper.Group(paragraphs.Select(p => p.Sentences).ToList());
        var sections = new List<Section>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (block, index) in blocks.Select((b, i) => (b, i)))
        {
            var sequence = MarkerSequence.Find(block.Sentences);
            var tasksSeen = sections.Any(s => s.Kind == SectionKind.Tasks);
            var kind = SectionClassifier.Classify(block, sequence, index == 0, tasksSeen);
            var parts = ItemSplitter.Split(block, sequence, kind);
            var all = block.Sentences.Select(s => s.Sentence).ToList();
            sections.Add(new Section(
                kind,
                UniqueSlug(slugs, kind),
                SectionTitles.For(kind, parts.Items, all),
                block.Paragraphs,
                parts.Lead,
                parts.Items,
                parts.Closing));
        }

        return sections;
    }

    private static string UniqueSlug(HashSet<string> taken, SectionKind kind)
    {
        var name = kind.ToString().ToLowerInvariant();
        var slug = name;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{name}-{n}";
        }

        return slug;
    }

    // The front matter's slug is checked where it is read (FrontMatterReader); here only the default is made.
    private static string ChooseSlug(string path, FrontMatter front, DateOnly? date) =>
        front.Slug
        ?? date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        ?? SlugRules.FromFileName(path);

    private static MeetingException Error(string path, string text, int offset, string message, string hint)
    {
        var (line, column) = SourcePosition.Of(text, offset);
        return new MeetingException(Diagnostic.Error(path, line, column, message, hint));
    }
}
