using Meeting.Corpus.Sections;

namespace Meeting.Corpus;

/// <summary>A generated report: the file name it gets (without folder or extension) and its bytes.</summary>
public sealed record GeneratedReport(string BaseName, string Title, byte[] Bytes);

/// <summary>Turns a plan into a report: the title line and the six parts in the genre's order.</summary>
public static class ReportComposer
{
    public static GeneratedReport Compose(ReportPlan plan, Random random)
    {
        var conference = plan.Conference;
        var title = conference.IsNational && conference.Place == "北京" && random.Chance(0.3)
            ? $"{plan.Year}年{conference.TitleName}在京召开"
            : $"{plan.Year}年{conference.TitleName}召开";

        IReadOnlyList<string> paragraphs =
        [
            .. Opening.Write(plan, random),
            .. Review.Write(plan, random),
            .. Attributes.Write(plan, random),
            .. Tasks.Write(plan, random),
            .. Requirements.Write(plan, random),
            .. Attendees.Write(plan, random),
        ];
        var baseName = $"{plan.Date:yyyy-MM-dd}-{conference.Slug}";
        return new GeneratedReport(baseName, title, plan.Layout.Render(title, paragraphs));
    }
}
