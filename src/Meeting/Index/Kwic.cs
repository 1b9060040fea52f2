using Meeting.Model;

namespace Meeting.Index;

/// <summary>An occurrence in context: the clause around the term, cut into before, the term, and after. (Stub.)</summary>
public sealed record Kwic(string Before, string Match, string After)
{
    public static Kwic Of(Sentence sentence, Occurrence occurrence) =>
        new(sentence.Text[..occurrence.Offset], sentence.Text.Substring(occurrence.Offset, occurrence.Length), sentence.Text[(occurrence.Offset + occurrence.Length)..]);
}
