namespace Meeting.Corpus;

/// <summary>
/// The choices that make one report: when and where, which conference, how many items each part has,
/// whether items stand inline or one per paragraph, and how the file is laid out.
/// <see cref="Attributes"/> is 0 when the report has no attributes part.
/// </summary>
public sealed record ReportPlan(
    DateOnly Date,
    Conference Conference,
    int Achievements,
    int Attributes,
    int Tasks,
    int Requirements,
    bool RequirementsClosing,
    ItemLayout Items,
    TextLayout Layout)
{
    public int Year => Date.Year;

    public static ReportPlan Draw(Random random)
    {
        var year = random.Next(2000, 2031);
        // Most of these conferences meet in the first weeks of the year; some later.
        var month = random.Chance(0.7) ? random.Next(1, 3) : random.Next(1, 13);
        var day = random.Next(1, DateTime.DaysInMonth(year, month) + 1);
        return new ReportPlan(
            new DateOnly(year, month, day),
            Conference.Draw(random),
            Achievements: random.Next(0, 9),
            Attributes: random.Chance(0.6) ? random.Next(2, 6) : 0,
            Tasks: random.Next(3, 10),
            Requirements: random.Next(2, 7),
            RequirementsClosing: random.Chance(0.6),
            ItemLayout.Draw(random),
            TextLayout.Draw(random));
    }
}

/// <summary>Per numbered part, whether its items are each a paragraph of their own (true) or inline in one paragraph.</summary>
public sealed record ItemLayout(bool Attributes, bool Tasks, bool Requirements)
{
    public static ItemLayout Draw(Random random) => new(random.Chance(0.3), random.Chance(0.3), random.Chance(0.3));
}
