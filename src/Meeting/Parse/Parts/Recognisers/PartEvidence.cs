using Meeting.Model;

namespace Meeting.Parse;

/// <summary>One thing a recogniser noticed in a block, with what it counts for (negative: against the kind).</summary>
public sealed record Cue(double Weight, string Reason);

/// <summary>How well a block reads as one kind of part: the sum of the cues, and the cues themselves for --explain.</summary>
public sealed record PartEvidence(SectionKind Kind, double Score, IReadOnlyList<Cue> Cues);
