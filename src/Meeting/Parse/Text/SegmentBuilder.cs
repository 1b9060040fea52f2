using Meeting.Model;

namespace Meeting.Parse;

/// <summary>Cuts the whole source into segments: the title, the sentences, and layout for every gap between them.</summary>
internal static class SegmentBuilder
{
    public static IReadOnlyList<Segment> Build(int textLength, TextSpan title, IEnumerable<Sentence> sentences)
    {
        var content = new List<Segment> { new(SegmentKind.Title, title) };
        content.AddRange(sentences.Select(s => new Segment(SegmentKind.Sentence, s.Span)));
        content.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var segments = new List<Segment>();
        var at = 0;
        foreach (var segment in content)
        {
            if (segment.Span.Start > at)
            {
                segments.Add(new Segment(SegmentKind.Layout, new TextSpan(at, segment.Span.Start - at)));
            }

            segments.Add(segment);
            at = segment.Span.End;
        }

        if (at < textLength)
        {
            segments.Add(new Segment(SegmentKind.Layout, new TextSpan(at, textLength - at)));
        }

        return segments;
    }
}
