using Meeting.Diagnostics;

namespace Meeting.Check;

/// <summary>What the checks need to know of one rendered page: its ids, its links, and what is wrong inside it.</summary>
public sealed record PageFacts(string Path, IReadOnlySet<string> Ids, IReadOnlyList<string> Links, IReadOnlyList<Diagnostic> Problems);
