using Meeting.Model;

namespace Meeting.Parse;

/// <summary>A sentence while parsing, with the ordinal marker it opens with, if any.</summary>
internal sealed record ParsedSentence(Sentence Sentence, OrdinalMarker? Marker)
{
    public int Paragraph => Sentence.Paragraph;

    public string Text => Sentence.Text;

    public bool StartsWithAny(IEnumerable<string> words) => words.Any(w => Text.StartsWith(w, StringComparison.Ordinal));
}

/// <summary>Consecutive paragraphs that make up one part: a lead paragraph and the items that follow it, say.</summary>
internal sealed record Block(IReadOnlyList<int> Paragraphs, IReadOnlyList<ParsedSentence> Sentences)
{
    public string Text => string.Concat(Sentences.Select(s => s.Text));
}
