using CsCheck;
using Meeting.Model;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// The three numbered parts about the year ahead: how to understand the work (attributes), what to do (tasks),
/// how to carry it out (requirements). Marker styles are weighted as they occur, but each style appears with
/// each kind.
/// </summary>
public static class PlanParts
{
    public static Gen<PartDraft> Attributes(Setting s) => ListWriter.Numbered(new ListSpec(
        s, SectionKind.Attributes, s.Sector.Principles, Gen.Int[2, 6],
        [
            (50, MarkerStyles.Shi), (10, MarkerStyles.Di), (10, MarkerStyles.Yao), (10, MarkerStyles.Bracket), (10, MarkerStyles.Comma),
            (5, MarkerStyles.Sequence), (5, MarkerStyles.Dot),
        ],
        LeadClauses.Attributes, LeadClauses.AttributesInSentence));

    public static Gen<PartDraft> Tasks(Setting s) => ListWriter.Numbered(new ListSpec(
        s, SectionKind.Tasks, s.Sector.Tasks,
        Gen.Frequency((5, Gen.Const(2)), (60, Gen.Int[3, 8]), (25, Gen.Int[9, 12]), (10, Gen.Int[13, 15])),
        [
            (25, MarkerStyles.Shi), (30, MarkerStyles.Yao), (10, MarkerStyles.Di), (15, MarkerStyles.Bracket), (10, MarkerStyles.Comma),
            (5, MarkerStyles.Dot), (5, MarkerStyles.ShiYao), (3, MarkerStyles.Digit),
        ],
        LeadClauses.Tasks, LeadClauses.TasksInSentence));

    public static Gen<PartDraft> Requirements(Setting s) => ListWriter.Numbered(new ListSpec(
        s, SectionKind.Requirements, Tables.Requirements.All,
        Gen.Frequency((70, Gen.Int[2, 5]), (30, Gen.Int[6, 8])),
        [
            (40, MarkerStyles.Shi), (15, MarkerStyles.Yao), (10, MarkerStyles.Di), (10, MarkerStyles.Bracket), (10, MarkerStyles.Comma),
            (5, MarkerStyles.Sequence), (5, MarkerStyles.ShiYao), (5, MarkerStyles.Dot),
        ],
        LeadClauses.Requirements, LeadClauses.RequirementsInSentence));
}
