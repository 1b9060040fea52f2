using Meeting.Model;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Report2024Tests;

/// <summary>Who took part: ten groups, the role read from the verb that ends each sentence, title words shared across 、.</summary>
public sealed class AttendeesTests
{
    [Fact]
    public void Ten_groups_with_their_roles_in_the_order_of_the_text()
    {
        Assert.Equal(
        [
            ("教育部党组成员", "参加"),
            ("中央教育工作领导小组秘书组秘书局主要负责人", "参加"),
            ("教育部机关各司局和直属单位主要负责人", "参加"),
            ("中央纪委国家监委驻教育部纪检监察组负责人", "参加"),
            ("各省区市党委教育工作部门和教育厅（教委）负责人", "参加"),
            ("各计划单列市教育局负责人", "参加"),
            ("新疆生产建设兵团教育局负责人", "参加"),
            ("各部属高校主要负责人", "参加"),
            ("中央教育工作领导小组成员联络员", "应邀参加"),
            ("参加驻外使领馆教育工作会议人员", "列席"),
        ], Report2024.Model.Attendees.Select(a => (a.Name, a.Role)));
    }

    [Fact]
    public void Eight_attend_one_is_invited_one_sits_in()
    {
        var byRole = Report2024.Model.Attendees.GroupBy(a => a.Role).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["参加"] = 8, ["应邀参加"] = 1, ["列席"] = 1 }, byRole);
    }

    [Fact]
    public void Each_group_points_at_the_sentence_that_names_it()
    {
        var sentences = Report2024.Model.Sentences.ToDictionary(s => s.Id);
        Assert.All(Report2024.Model.Attendees, a =>
        {
            var sentence = sentences[a.SentenceId];
            Assert.Equal(6, sentence.Paragraph);
            Assert.EndsWith(a.Role + "会议。", sentence.Text);
        });
    }

    [Fact]
    public void The_meeting_format_is_not_an_attendee()
    {
        Assert.DoesNotContain(Report2024.Model.Attendees, a => a.Name.Contains("视频会议"));
    }
}
