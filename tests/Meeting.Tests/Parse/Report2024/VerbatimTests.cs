using System.Text;
using Meeting.Load;
using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Report2024Tests;

/// <summary>
/// Nothing of the source is lost: the model's segments rebuild the file's text exactly. The one thing normalised
/// is the byte-order mark, which the decoder drops; indentation, line ends and the trailing space are kept.
/// </summary>
public sealed class VerbatimTests
{
    [Fact]
    public void The_segments_rebuild_the_decoded_file_exactly()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.Report2024);
        var model = Report2024.Model;
        Assert.Equal(new UTF8Encoding(false).GetString(bytes), model.Source.Text);
        Assert.Equal(bytes, Encoding.UTF8.GetBytes(string.Concat(model.Segments.Select(s => s.Span.Slice(model.Source.Text)))));
        VerbatimAssert.Holds(model);
    }

    [Fact]
    public void Indentation_and_line_ends_are_layout_not_sentence_text()
    {
        var model = Report2024.Model;
        var layout = model.Segments.Where(s => s.Kind == SegmentKind.Layout).Select(s => s.Span.Slice(model.Source.Text)).ToList();
        Assert.Contains("\n \u3000\u3000", layout);
        Assert.All(model.Sentences, s => Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]), s.Id));
    }

    [Fact]
    public void Only_the_byte_order_mark_is_dropped()
    {
        var dir = Directory.CreateTempSubdirectory("meeting-bom-");
        try
        {
            var path = Path.Combine(dir.FullName, "report.txt");
            var bytes = File.ReadAllBytes(RepositoryFiles.Report2024);
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. bytes]);
            var withBom = Meeting.Parse.ReportParser.Parse(ReportFileReader.Read(path)).Report;
            Assert.Equal(Report2024.Model.Source.Text, withBom.Source.Text);
            Assert.Equal(Report2024.Model.Sentences.Select(s => (s.Id, s.Text)), withBom.Sentences.Select(s => (s.Id, s.Text)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sentence_ids_name_paragraph_and_place()
    {
        var ids = Report2024.Model.Sentences.Select(s => s.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("s1-1", ids[0]);
        Assert.StartsWith("1月11日，2024年全国教育工作会议在北京召开。", Report2024.Model.Sentences.First().Text);
        Assert.All(Report2024.Model.Sentences, s => Assert.StartsWith($"s{s.Paragraph}-", s.Id));
    }
}
