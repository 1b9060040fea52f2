using Meeting.Index;
using Xunit;

namespace Meeting.Tests.Index;

public class ArchiveIndexTests
{
    [Fact]
    public void Each_term_lists_its_count_per_meeting_in_date_order()
    {
        var report2024 = TestReports.From("2024年会议\n建设教育强国。深化产教融合，产教融合。", "2024-01-11", new DateOnly(2024, 1, 11));
        var report2023 = TestReports.From("2023年会议\n加快建设教育强国，教育强国。", "2023-01-12", new DateOnly(2023, 1, 12));
        var list = TestReports.ListOf("教育强国", "产教融合");

        var archive = ArchiveIndex.Build([
            (report2024, KeywordIndexer.Build(report2024, list)),
            (report2023, KeywordIndexer.Build(report2023, list)),
        ]);

        Assert.Equal(["产教融合", "教育强国"], archive.Terms.Select(t => t.Term));
        var strongNation = archive.Terms[1];
        Assert.Equal([("2023-01-12", 2), ("2024-01-11", 1)], strongNation.Meetings.Select(m => (m.MeetingSlug, m.Count)));
        Assert.Equal(3, strongNation.Total);
        Assert.Equal("J", strongNation.Letter);
        var integration = archive.Terms[0];
        Assert.Equal([("2024-01-11", 2)], integration.Meetings.Select(m => (m.MeetingSlug, m.Count)));
        Assert.Equal(TermSlug.Of("产教融合"), integration.Slug);
    }
}
