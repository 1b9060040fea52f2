using System.Text;

namespace Meeting.Search;

/// <summary>One file of the index: a script that hands its data, a JavaScript literal, to the page that loaded it.</summary>
public sealed record ScriptFile(string Path, byte[] Bytes)
{
    public static ScriptFile Of(string key, StringBuilder data)
    {
        var text = new StringBuilder(data.Length + key.Length + 32)
            .Append("MeetingSearch.add(").AppendString(key).Append(',').Append(data).Append(");\n");
        return new ScriptFile(SearchPaths.FileOf(key), Encoding.UTF8.GetBytes(text.ToString()));
    }
}
