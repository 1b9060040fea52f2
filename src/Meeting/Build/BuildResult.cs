using Meeting.Diagnostics;

namespace Meeting.Build;

/// <summary>What a build did: pages and files written (and of those, kept from the last build), meetings, warnings, and how long each named step took.</summary>
public sealed record BuildResult(int Pages, int Files, int Meetings, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<(string Step, TimeSpan Took)> Steps)
{
    /// <summary>Pages kept from the previous site, not rendered again: their meeting had not changed.</summary>
    public int Kept { get; init; }

    /// <summary>Reports parsed in this build; the others were unchanged, and their models taken from the last build's store.</summary>
    public int Parsed { get; init; }
}
