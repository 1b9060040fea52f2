using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Report2024Tests;

/// <summary>Three attributes, seven tasks, four requirements, each with its marker as written and its first clause as heading.</summary>
public sealed class ItemsTests
{
    [Fact]
    public void Three_attributes()
    {
        AssertItems(SectionKind.Attributes,
            ("一是", "牢牢把握教育的政治属性"),
            ("二是", "牢牢把握教育的战略属性"),
            ("三是", "牢牢把握教育的民生属性"));
    }

    [Fact]
    public void Seven_tasks()
    {
        AssertItems(SectionKind.Tasks,
            ("一要", "着力构建落实立德树人根本任务新生态新格局"),
            ("二要", "强化高等教育龙头作用"),
            ("三要", "进一步夯实基础教育基点"),
            ("四要", "增强职业教育适应性和吸引力"),
            ("五要", "不断开辟教育数字化新赛道"),
            ("六要", "坚定推进高水平教育对外开放"),
            ("七要", "以教育家精神为引领强化高素质教师队伍建设"));
    }

    [Fact]
    public void Four_requirements()
    {
        AssertItems(SectionKind.Requirements,
            ("一是", "从政治上提升抓落实的能力"),
            ("二是", "从战略上把握抓落实的路径"),
            ("三是", "在方法上以试点推动抓落实"),
            ("四是", "在作风上强化抓落实的保障"));
    }

    [Fact]
    public void A_task_holds_its_heading_sentence_and_the_sentence_that_explains_it()
    {
        var tasks = Report2024.Part(SectionKind.Tasks).Items;
        Assert.All(tasks, t => Assert.Equal(2, t.Sentences.Count));
        Assert.Equal("二要强化高等教育龙头作用。", tasks[1].Sentences[0].Text);
        Assert.StartsWith("持续抓好“两个先行先试”", tasks[1].Sentences[1].Text);
        Assert.EndsWith("以教师之强支撑教育之强。", tasks[6].Text);
    }

    [Fact]
    public void Ordinals_count_from_one()
    {
        foreach (var kind in new[] { SectionKind.Attributes, SectionKind.Tasks, SectionKind.Requirements })
        {
            var items = Report2024.Part(kind).Items;
            Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.Ordinal));
        }
    }

    private static void AssertItems(SectionKind kind, params (string Marker, string Heading)[] expected)
    {
        var items = Report2024.Part(kind).Items;
        Assert.Equal(expected, items.Select(i => (i.Marker, i.Heading)));
        Assert.All(items, i => Assert.StartsWith(i.Marker + i.Heading, i.Text));
    }
}
