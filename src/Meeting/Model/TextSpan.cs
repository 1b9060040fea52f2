namespace Meeting.Model;

/// <summary>A run of the decoded source text: where it starts (in UTF-16 units) and how long it is.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Slice(string text) => text.Substring(Start, Length);
}
