using CsCheck;
using Meeting.Model;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// What a numbered part is made of: its kind, the entries its points are drawn from, how many, in which marker
/// styles, and the leads that may introduce it (whole leads and short ones the points follow inside a sentence).
/// A list of the year past (<see cref="PastYear"/>) always has a lead and says each achievement's result, for
/// without them a numbered achievement reads as a task.
/// </summary>
public sealed record ListSpec(
    Setting Setting,
    SectionKind Kind,
    IReadOnlyList<string> Entries,
    Gen<int> Count,
    IReadOnlyList<(int Weight, MarkerStyle Style)> Markers,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> InSentenceLeads,
    bool PastYear = false);
