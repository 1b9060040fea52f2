using System.Text;
using Meeting.Export;
using Meeting.Plan;
using Meeting.Publish;

namespace Meeting.Build;

/// <summary>The files of a meeting beside its pages: meeting.json (model and index) and meeting.csl.json (its citation).</summary>
internal static class DataFile
{
    /// <summary>meeting.json: the parsed model plus the index, each occurrence as the full text's page and the sentence's anchor.</summary>
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

    /// <summary>Both files, as <see cref="MeetingSummary.DataPaths"/> names them.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> Of(SiteMeeting meeting, Uri? baseUrl)
    {
        var m = meeting.Report;
        yield return (SitePaths.Data(m), Encoding.UTF8.GetBytes(Json(meeting)));
        var home = baseUrl is { } b ? BaseUrl.Of(b, SitePaths.Home(m)) : null;
        yield return (SitePaths.Citations(m), Encoding.UTF8.GetBytes(CslJson.Serialize(m, home)));
    }
}
