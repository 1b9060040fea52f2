using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// How one block was read: its paragraphs, the evidence of every kind, the kind chosen for the whole report's
/// sake, and how sure that choice is. <c>meeting parse --explain</c> prints these; warnings come from them.
/// </summary>
public sealed record PartReading(
    IReadOnlyList<int> Paragraphs,
    int Line,
    int Column,
    string Excerpt,
    IReadOnlyList<PartEvidence> Evidence,
    SectionKind Chosen,
    bool ChosenByEditor)
{
    /// <summary>A kind must score this much to be read with confidence.</summary>
    public const double Confident = 3.0;

    /// <summary>And lead the next kind by this much.</summary>
    public const double ClearLead = 1.0;

    public double Score => Evidence.First(e => e.Kind == Chosen).Score;

    /// <summary>The strongest kind not chosen: what the block might be instead.</summary>
    public PartEvidence RunnerUp => Evidence.Where(e => e.Kind != Chosen).MaxBy(e => e.Score)!;

    public bool IsUncertain =>
        !ChosenByEditor && (Chosen == SectionKind.Other
            ? RunnerUp.Kind != SectionKind.Other && RunnerUp.Score >= Confident
            : Score < Confident || Score - RunnerUp.Score < ClearLead);

    public string ParagraphLabel => Paragraphs.Count == 1 ? $"{Paragraphs[0]}" : $"{Paragraphs[0]}-{Paragraphs[^1]}";
}
