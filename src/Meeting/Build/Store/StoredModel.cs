using Meeting.Diagnostics;
using Meeting.Index;
using Meeting.Model;
using Meeting.Plan;

namespace Meeting.Build.Store;

/// <summary>A meeting's model and keyword index as the store keeps them between the two passes of a build and between builds.</summary>
internal sealed record StoredModel(MeetingReport Report, IReadOnlyList<TermEntry> Terms)
{
    public SiteMeeting ToSiteMeeting(string slug) => new(Report with { Slug = slug }, new KeywordIndex(Terms, []));
}

/// <summary>
/// What the store knows of one report without reading its model: the key of its inputs, its summary, the warnings
/// parsing and indexing gave (said again on every build), and where its model lies in the store's file.
/// </summary>
internal sealed record StoreEntry(string InputKey, MeetingSummary Summary, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<Diagnostic> IndexWarnings, long Offset, int Length);
