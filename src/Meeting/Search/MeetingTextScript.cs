using System.Globalization;
using System.Text;
using Meeting.Model;
using Meeting.Plan;

namespace Meeting.Search;

/// <summary>
/// What a result shows, one file per meeting: its title, date and pages, its parts, and each sentence (its anchor
/// in the full text, its text, its part) in the order the postings number them. A query loads the files of the
/// meetings it shows, never the whole archive's text; a search within one meeting reads its file alone.
/// Paths are from the site root.
/// </summary>
internal static class MeetingTextScript
{
    public static ScriptFile Build(MeetingReport meeting) => ScriptFile.Of(SearchPaths.TextKey(meeting.Slug), Data(meeting));

    /// <summary>The file's data alone, a JavaScript literal: <see cref="RecentTextsScript"/> gathers several.</summary>
    public static StringBuilder Data(MeetingReport meeting)
    {
        var partOfParagraph = new Dictionary<int, int>();
        for (var i = 0; i < meeting.Sections.Count; i++)
        {
            foreach (var paragraph in meeting.Sections[i].Paragraphs)
            {
                partOfParagraph.TryAdd(paragraph, i);
            }
        }

        var data = new StringBuilder().Append('{')
            .Append("\"title\":").AppendString(meeting.Title)
            .Append(",\"date\":").AppendString(meeting.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append(",\"home\":").AppendString(SitePaths.Home(meeting))
            .Append(",\"text\":").AppendString(SitePaths.FullText(meeting))
            .Append(",\"parts\":[");
        for (var i = 0; i < meeting.Sections.Count; i++)
        {
            var section = meeting.Sections[i];
            data.Append(i == 0 ? "[" : ",[").AppendString(section.Title).Append(',').AppendString(SitePaths.Part(meeting, section)).Append(']');
        }

        data.Append("],\"s\":[");
        var first = true;
        foreach (var sentence in meeting.Sentences)
        {
            var part = partOfParagraph.TryGetValue(sentence.Paragraph, out var p) ? p : -1;
            data.Append(first ? "[" : ",[").AppendString(sentence.Id).Append(',').AppendString(sentence.Text)
                .Append(',').Append(part.ToString(CultureInfo.InvariantCulture)).Append(']');
            first = false;
        }

        return data.Append("]}");
    }
}
