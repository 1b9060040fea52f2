using Meeting.Diagnostics;

namespace Meeting.Build;

/// <summary>What a build did: pages and files written, meetings, warnings, and how long each named step took.</summary>
public sealed record BuildResult(int Pages, int Files, int Meetings, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<(string Step, TimeSpan Took)> Steps);
