using CsCheck;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// Which parts a report has and in which order they come. The opening always; the others in the proportions
/// published reports show; the usual order with occasional variations (attendees right after the opening,
/// attributes before the review, closing business before or after the attendees).
/// </summary>
public sealed record ReportPlan(
    bool Review,
    bool Attributes,
    bool Tasks,
    bool Requirements,
    bool AttendeesEarly,
    bool AttributesFirst,
    bool OthersBeforeAttendees)
{
    public static readonly Gen<ReportPlan> Any =
        from review in Chance.Percent(85)
        from attributes in Chance.Percent(35)
        from tasks in Chance.Percent(90)
        from requirements in Chance.Percent(70)
        from attendeesEarly in Chance.Percent(10)
        from attributesFirst in Chance.Percent(7)
        from othersBefore in Chance.Percent(50)
        // A report that neither reviews nor plans is no work conference: it has tasks at least.
        select new ReportPlan(review, attributes, tasks || !review, requirements, attendeesEarly, attributesFirst, othersBefore);
}
