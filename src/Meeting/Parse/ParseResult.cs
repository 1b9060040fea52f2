using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>A parsed report and what the parser noticed but did not stop for (a part the genre expects is missing, say).</summary>
public sealed record ParseResult(MeetingReport Report, IReadOnlyList<Diagnostic> Warnings);
