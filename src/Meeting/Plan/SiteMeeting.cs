using Meeting.Index;
using Meeting.Model;

namespace Meeting.Plan;

/// <summary>A meeting as the site holds it: the parsed report and its keyword index.</summary>
public sealed record SiteMeeting(MeetingReport Report, KeywordIndex Index)
{
    // Built on first use, once per meeting, by whichever page renders first.
    private readonly Lazy<SentencePlaces> _places = new(() => new SentencePlaces(Report));

    public string Slug => Report.Slug;

    /// <summary>Each sentence's part, item and role, for naming the places where a term occurs.</summary>
    public SentencePlaces Places => _places.Value;
}
