using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse;

/// <summary>
/// Markup, entities and template syntax pasted into a report are text to the model: kept character for
/// character, never interpreted, never dropped. (That they come out escaped in the HTML is the site's test.)
/// </summary>
public sealed class HostileTextTests
{
    [Fact]
    public void Markup_entities_and_template_syntax_stay_verbatim_in_sentences()
    {
        var report = Reports.Parse(Reports.Lines(
            "<b>2024年</b>全省教育工作会议召开{{ title }}",
            "1月5日，全省教育工作会议在南京召开<script>alert(1)</script>。",
            "会议指出，要抓好以下重点任务。一要加强&amp;改进{{ x }}工作。二要深化{% raw %}改革{% endraw %}。",
            "各市教育局负责人<img src=x onerror=alert(1)>参加会议。"));

        Assert.Equal("<b>2024年</b>全省教育工作会议召开{{ title }}", report.Title);
        var texts = report.Sentences.Select(s => s.Text).ToList();
        Assert.Contains("1月5日，全省教育工作会议在南京召开<script>alert(1)</script>。", texts);
        Assert.Contains("一要加强&amp;改进{{ x }}工作。", texts);
        Assert.Contains("二要深化{% raw %}改革{% endraw %}。", texts);
        Assert.Equal(["加强&amp;改进{{ x }}工作", "深化{% raw %}改革{% endraw %}"], report.Find(SectionKind.Tasks)!.Items.Select(i => i.Heading));
        Assert.Equal("各市教育局负责人<img src=x onerror=alert(1)>", Assert.Single(report.Attendees).Name);
        VerbatimAssert.Holds(report);
    }

    [Theory]
    [InlineData("２０２１", "２０２０", "2021-03-12")] // full-width, as typed in Word
    [InlineData("٢٠٢١", "٢٠٢٠", "2021-03-12")] // another script's decimal digits, which \d matches too
    public void Digits_of_any_width_or_script_read_as_numbers_and_never_crash(string year, string yearBefore, string date)
    {
        var report = Reports.Parse(Reports.Lines(
            $"{year}年全省生态环境工作会议召开",
            $"{year}年３月１２日，全省生态环境工作会议在杭州召开。",
            $"会议指出，{yearBefore}年，全省生态环境质量持续改善；PM2.5浓度下降到２８微克；劣V类水体全面消除。",
            "会议要求，一要打好蓝天保卫战。二要打好碧水保卫战。",
            "各市生态环境局负责人参加会议。"));

        Assert.Equal(date, report.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["打好蓝天保卫战", "打好碧水保卫战"], report.Sections.Single(s => s.Items.Count > 0 && s.Kind != SectionKind.Review).Items.Select(i => i.Heading));
        VerbatimAssert.Holds(report);
    }
}
