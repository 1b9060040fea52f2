using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// A parsed report, what the parser noticed but did not stop for (a reading it is unsure of, a part the genre
/// expects is missing), and how it read each block (for <c>meeting parse --explain</c>).
/// </summary>
public sealed record ParseResult(MeetingReport Report, IReadOnlyList<Diagnostic> Warnings)
{
    public IReadOnlyList<PartReading> Readings { get; init; } = [];
}
