namespace Meeting.Index;

/// <summary>Reads the editor's keyword list. (Stub until the index lands.)</summary>
public static class KeywordListParser
{
    public static KeywordList Parse(string path, string text) => new(path, []);
}
