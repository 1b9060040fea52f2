using Meeting.Index;
using Meeting.Model;

namespace Meeting.Plan;

/// <summary>A meeting as the site holds it: the parsed report and its keyword index.</summary>
public sealed record SiteMeeting(MeetingReport Report, KeywordIndex Index)
{
    public string Slug => Report.Slug;
}
