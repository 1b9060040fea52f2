using Meeting.Model;
using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse.Reading;

/// <summary>Who took part, clause by clause, with the words the list shares written out as the text intends.</summary>
public sealed class AttendeeReaderTests
{
    private static IEnumerable<string> Read(string sentence) =>
        AttendeeReader.Read([new Sentence("s1-1", 1, sentence, new TextSpan(0, sentence.Length))]).Select(g => $"{g.Role} {g.Name}");

    [Theory]
    [InlineData("各市教育局局长参加会议，省教育厅机关各处室负责人列席会议。", "参加 各市教育局局长|列席 省教育厅机关各处室负责人")]
    [InlineData("省政府副秘书长吴敏出席会议，各设区市生态环境局主要负责人参加会议，省级有关部门负责同志应邀参加会议。",
        "出席 省政府副秘书长吴敏|参加 各设区市生态环境局主要负责人|应邀参加 省级有关部门负责同志")]
    [InlineData("参加会议的有各高校党委书记、校长。", "参加 各高校党委书记|参加 各高校校长")]
    public void Each_group_takes_the_verb_of_its_own_clause(string sentence, string groups) =>
        Assert.Equal(groups.Split('|'), Read(sentence));

    [Theory]
    [InlineData("各省（区、市）教育厅（教委）负责人参加会议。", "参加 各省（区、市）教育厅（教委）负责人")]
    [InlineData("秘书局、教育部机关各司局主要负责人参加会议。", "参加 秘书局主要负责人|参加 教育部机关各司局主要负责人")]
    [InlineData("各学院（部）党委（党总支）书记、院长参加会议。", "参加 各学院（部）党委（党总支）书记|参加 各学院（部）院长")]
    [InlineData("各学院党委书记、副书记参加会议。", "参加 各学院党委书记|参加 各学院党委副书记")]
    [InlineData("各计划单列市、新疆生产建设兵团教育局负责人参加会议。", "参加 各计划单列市教育局负责人|参加 新疆生产建设兵团教育局负责人")]
    [InlineData("各县（市、区）政府分管负责同志、教育局主要负责同志参加会议。", "参加 各县（市、区）政府分管负责同志|参加 各县（市、区）教育局主要负责同志")]
    [InlineData("各中小学（幼儿园）党组织书记、校（园）长参加会议。", "参加 各中小学（幼儿园）党组织书记|参加 各中小学（幼儿园）校（园）长")]
    [InlineData("省属高校党委书记、纪委书记参加会议。", "参加 省属高校党委书记|参加 省属高校纪委书记")]
    [InlineData("各县区分管副县（区）长、教育局局长参加会议。", "参加 各县区分管副县（区）长|参加 各县区教育局局长")]
    [InlineData("市领导刘春燕、马骏出席会议。", "出席 市领导刘春燕|出席 市领导马骏")]
    [InlineData("省委常委、副省长张华出席会议。", "出席 省委常委、副省长张华")]
    [InlineData("各地（州、市）分管领导和农业农村部门负责同志参加会议。", "参加 各地（州、市）分管领导|参加 各地（州、市）农业农村部门负责同志")]
    [InlineData("人力资源和社会保障局负责人参加会议。", "参加 人力资源和社会保障局负责人")]
    public void Brackets_never_split_a_name_and_shared_words_are_written_out(string sentence, string groups) =>
        Assert.Equal(groups.Split('|'), Read(sentence));

    [Theory]
    [InlineData("各市教育局负责人在分会场参加会议，共300余人。", "参加 各市教育局负责人")]
    [InlineData("会议以视频会议形式召开，在各县设分会场，县直各部门负责人在主会场参加会议。", "参加 县直各部门负责人")]
    [InlineData("全体教职工通过视频参加会议。", "参加 全体教职工")]
    public void Where_a_group_sat_and_how_many_came_are_not_its_name(string sentence, string groups) =>
        Assert.Equal(groups.Split('|'), Read(sentence));

    [Theory]
    [InlineData("要鼓励学生积极参加社会实践。")]
    [InlineData("省教育厅厅长王强出席会议并讲话。")]
    [InlineData("中央军委国防动员部有关负责同志应邀出席会议。")]
    public void A_call_to_take_part_or_a_speaker_is_no_group_but_a_body_named_for_mobilisation_is(string sentence)
    {
        var groups = Read(sentence).ToList();
        Assert.Equal(sentence.Contains("应邀") ? ["应邀出席 中央军委国防动员部有关负责同志"] : [], groups);
    }
}
