using Meeting.Export;
using Meeting.Plan;

namespace Meeting.Build;

/// <summary>meeting.json: the parsed model plus the index, each occurrence as the full text's page and the sentence's anchor.</summary>
internal static class DataFile
{
    public static string Json(SiteMeeting meeting)
    {
        var m = meeting.Report;
        var terms = meeting.Index.Terms.Select(t => new MeetingJson.TermJson(
            t.Term,
            t.Letter,
            t.Count,
            t.Occurrences.Select(o => new MeetingJson.OccurrenceJson(SitePaths.FullText(m), o.SentenceId, o.Form)).ToList(),
            t.SeeAlso,
            t.Related)).ToList();
        return MeetingJson.Serialize(m, terms);
    }
}
