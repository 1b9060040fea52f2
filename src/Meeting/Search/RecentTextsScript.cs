using System.Text;
using Meeting.Model;

namespace Meeting.Search;

/// <summary>
/// The texts of the archive's newest meetings gathered in one file, which the search page loads as it opens. The
/// first results of most queries are the newest meetings that hold the words, so with their texts at hand a query
/// waits for its own shards alone; and one file costs the browser far less than one per meeting, since each file
/// loaded from disk costs a few milliseconds whatever its size (bench/search-results.md). The newest meetings are
/// taken until their texts would pass <see cref="Budget"/> bytes, and at least one. Each meeting's own file stays:
/// a query whose results lie further back, or a search within one meeting, loads that.
/// </summary>
internal static class RecentTextsScript
{
    public const int Budget = 256 * 1024;

    /// <param name="newestFirst">The archive's meetings in its order, read only as far as the budget goes.</param>
    /// <returns>The file, and how many meetings it holds (the newest that many).</returns>
    public static (ScriptFile File, int Held) Build(IEnumerable<MeetingReport> newestFirst)
    {
        var data = new StringBuilder().Append('[');
        var bytes = 0;
        var held = 0;
        var first = true;
        foreach (var meeting in newestFirst)
        {
            var text = MeetingTextScript.Data(meeting).ToString();
            var size = Encoding.UTF8.GetByteCount(text);
            if (!first && bytes + size > Budget)
            {
                break;
            }

            data.Append(first ? "[" : ",[").AppendString(SearchPaths.TextKey(meeting.Slug)).Append(',').Append(text).Append(']');
            bytes += size;
            held++;
            first = false;
        }

        return (ScriptFile.Of(SearchPaths.RecentKey, data.Append(']')), held);
    }
}
