namespace Meeting.Model;

/// <summary>
/// One numbered point of a part (a task, an attribute, a requirement) or one achievement of the review.
/// <see cref="Marker"/> is the ordinal as written (一要, 二是); empty where the text numbers nothing.
/// <see cref="Heading"/> is the item's first clause without its marker.
/// </summary>
public sealed record Item(int Ordinal, string Marker, string Heading, IReadOnlyList<Sentence> Sentences)
{
    public string Text => string.Concat(Sentences.Select(s => s.Text));
}
