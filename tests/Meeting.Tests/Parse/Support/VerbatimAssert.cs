using Meeting.Model;
using Xunit;

namespace Meeting.Tests.Parse.Support;

/// <summary>
/// The verbatim property: the segments, in order, tile the decoded source without gap or overlap, so the report
/// can be rebuilt from the model; every sentence is the very text of its span (less the line breaks of wrapped
/// text, the one thing normalised); sentence ids are unique.
/// </summary>
public static class VerbatimAssert
{
    public static void Holds(MeetingReport report)
    {
        var text = report.Source.Text;
        var at = 0;
        foreach (var segment in report.Segments)
        {
            Assert.True(segment.Span.Start == at, $"segment {segment} starts at {segment.Span.Start}, expected {at}");
            Assert.True(segment.Span.Length > 0, $"empty segment {segment}");
            at = segment.Span.End;
        }

        Assert.Equal(text.Length, at);
        Assert.Equal(text, string.Concat(report.Segments.Select(s => s.Span.Slice(text))));

        var sentences = report.Sentences.ToList();
        foreach (var sentence in sentences)
        {
            Assert.Equal(Meeting.Parse.LineBreaks.Join(sentence.Span.Slice(text)), sentence.Text);
        }

        var duplicates = sentences.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate sentence ids: " + string.Join(", ", duplicates));

        // Each sentence is exactly one sentence segment, and the parts hold every sentence once.
        Assert.Equal(sentences.Select(s => s.Span), report.Segments.Where(s => s.Kind == SegmentKind.Sentence).Select(s => s.Span));
        Assert.Equal(sentences.Select(s => s.Id), report.Sections.SelectMany(s => s.Sentences).Select(s => s.Id));
    }
}
