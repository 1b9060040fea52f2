namespace Meeting.Plan;

/// <summary>Every page of the site, in reading order, and the meetings newest first.</summary>
public sealed record SitePlan(IReadOnlyList<SiteMeeting> Meetings, IReadOnlyList<PlannedPage> Pages);
