using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Report2024Tests;

/// <summary>The 2024 report is read as the six parts of the genre, one paragraph each, in reading order.</summary>
public sealed class PartsTests
{
    [Fact]
    public void Six_parts_in_the_order_of_the_text()
    {
        Assert.Equal(
            [SectionKind.Opening, SectionKind.Review, SectionKind.Attributes, SectionKind.Tasks, SectionKind.Requirements, SectionKind.Attendees],
            Report2024.Model.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Each_part_is_one_paragraph_of_the_six()
    {
        Assert.Equal(6, Report2024.Model.Paragraphs.Count);
        Assert.Equal([[1], [2], [3], [4], [5], [6]], Report2024.Model.Sections.Select(s => s.Paragraphs.ToArray()));
    }

    [Fact]
    public void Titles_come_from_the_counts_in_the_text()
    {
        Assert.Equal("七项重点任务", Report2024.Part(SectionKind.Tasks).Title);
        Assert.Equal("四项要求", Report2024.Part(SectionKind.Requirements).Title);
        Assert.Equal("三个属性", Report2024.Part(SectionKind.Attributes).Title);
        Assert.Equal("2023年工作回顾", Report2024.Part(SectionKind.Review).Title);
    }

    [Fact]
    public void The_report_title_is_its_first_line()
    {
        Assert.Equal("2024年全国教育工作会议召开", Report2024.Model.Title);
    }

    [Fact]
    public void The_complete_report_warns_of_nothing()
    {
        Assert.Empty(Report2024.Warnings);
    }
}
