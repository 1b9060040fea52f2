using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Report2024Tests;

/// <summary>When, where, how and by whom: read from the words of the opening and the attendees paragraph.</summary>
public sealed class MetadataTests
{
    [Fact]
    public void The_date_joins_the_year_of_the_title_to_the_day_of_the_text() =>
        Assert.Equal(new DateOnly(2024, 1, 11), Report2024.Model.Date);

    [Fact]
    public void The_meeting_was_held_in_Beijing() => Assert.Equal("北京", Report2024.Model.Place);

    [Fact]
    public void The_meeting_was_held_by_video() => Assert.Equal("视频会议", Report2024.Model.Format);

    [Fact]
    public void The_speaker_is_named_after_their_posts()
    {
        Assert.Equal("怀进鹏", Report2024.Model.Speaker?.Name);
        Assert.Equal("中央教育工作领导小组秘书组组长、教育部党组书记、部长", Report2024.Model.Speaker?.Role);
    }

    [Fact]
    public void The_meeting_s_folder_is_its_date() => Assert.Equal("2024-01-11", Report2024.Model.Slug);
}
