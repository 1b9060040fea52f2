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
    bool ChosenByEditor,
    IReadOnlyList<(SectionKind Kind, double Loss)> Alternatives)
{
    /// <summary>A kind must score this much to be read with confidence.</summary>
    public const double Confident = 2.5;

    /// <summary>And the whole report read with this block as anything else must score this much less.</summary>
    public const double ClearLead = 1.0;

    public double Score => Evidence.First(e => e.Kind == Chosen).Score;

    /// <summary>What the block would most likely be instead, and how much less the whole reading would score so.</summary>
    public (SectionKind Kind, double Loss) RunnerUp => Alternatives.Count > 0 ? Alternatives[0] : (SectionKind.Other, double.PositiveInfinity);

    public bool IsUncertain =>
        !ChosenByEditor && (RunnerUp.Loss < ClearLead || (Chosen != SectionKind.Other && Score < Confident));

    public string ParagraphLabel => Paragraphs.Count == 1 ? $"{Paragraphs[0]}" : $"{Paragraphs[0]}-{Paragraphs[^1]}";
}
