using CsCheck;
using Meeting.Tests.Parse.Genre.Tables;
using Meeting.Tests.Parse.Genre.Tables.Sectors;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// Reports of the genre (work conferences of ministries, provinces, cities, counties and universities, in
/// education and other sectors), each with the outline an editor would write for it. Every word comes from the
/// tables in Genre/Tables, written from published reports; none from the parser.
/// </summary>
public static class GenreReports
{
    public static readonly Gen<Setting> Settings =
        from level in Gen.Frequency((15, Level.National), (30, Level.Province), (25, Level.City), (15, Level.County), (15, Level.University))
        from sector in Chance.Weighted(AllSectors.Weighted)
        from locality in Chance.Any(Localities.Of(level))
        from year in Gen.Int[2021, 2026]
        select new Setting(level, level == Level.University ? University.Sector : sector, locality, year);

    public static readonly Gen<GeneratedReport> Any =
        from s in Settings
        from facts in MeetingFacts.Any(s)
        from names in Gen.Shuffle(PersonNames.All, 4)
        from speakers in Speakers.Any(s, names, facts.AttendeesPlace == AttendeesPlace.Part)
        from list in AttendeeList.Any(s, facts.Format, names[3])
        from opening in OpeningWriter.Any(s, facts, speakers, facts.AttendeesPlace == AttendeesPlace.Opening ? list : null)
        from plan in ReportPlan.Any
        from review in ReviewWriter.Any(s)
        from attributes in PlanParts.Attributes(s)
        from tasks in PlanParts.Tasks(s)
        from requirements in PlanParts.Requirements(s)
        from attendees in AttendeesWriter.Any(s, facts, list, speakers)
        from others in ClosingWriter.Any(s)
        from title in TitleWriter.Any(s, facts)
        from layout in Layout.Any
        select Compose(s, facts, speakers, list, plan, title, layout, opening, review, attributes, tasks, requirements, attendees, others);

    private static GeneratedReport Compose(
        Setting s, MeetingFacts facts, Speakers speakers, AttendeeList list, ReportPlan plan, string title, Layout layout,
        PartDraft opening, PartDraft review, PartDraft attributes, PartDraft tasks, PartDraft requirements, PartDraft attendees, List<PartDraft> others)
    {
        var hasAttendeesPart = facts.AttendeesPlace == AttendeesPlace.Part;
        var body = new List<PartDraft>();
        if (plan.Attributes && plan.AttributesFirst)
        {
            body.Add(attributes);
        }

        if (plan.Review)
        {
            body.Add(review);
        }

        if (plan.Attributes && !plan.AttributesFirst)
        {
            body.Add(attributes);
        }

        if (plan.Tasks)
        {
            body.Add(tasks);
        }

        if (plan.Requirements)
        {
            body.Add(requirements);
        }

        List<PartDraft> parts = [opening];
        var early = hasAttendeesPart && plan.AttendeesEarly;
        if (early)
        {
            parts.Add(attendees);
        }

        parts.AddRange(body);
        if (hasAttendeesPart && !early && !plan.OthersBeforeAttendees)
        {
            parts.Add(attendees);
        }

        parts.AddRange(others);
        if (hasAttendeesPart && !early && plan.OthersBeforeAttendees)
        {
            parts.Add(attendees);
        }

        parts = JoinNeighbouringOthers(parts);
        var numbered = new List<(PartDraft Part, int First)>();
        var next = 1;
        foreach (var part in parts)
        {
            numbered.Add((part, next));
            next += part.Paragraphs.Count;
        }

        // Speakers in the order the text names them: the opening's, then a presider named with the attendees.
        var presiderShown = speakers.PresiderExpected is { } p ? [p] : Array.Empty<ExpectedSpeaker>();
        var attendeeGroups = facts.AttendeesPlace == AttendeesPlace.None ? [] : list.Expected;
        // The README's rule: the place is where it was held as the text says it after 在; where the opening names
        // none, 会议在省教育厅设主会场 says it.
        var mainVenue = parts.Any(p => p.Tags.Contains("attendees: a sentence on main and branch venues")) ? s.Department : null;
        var outline = ExpectedOutline.Print(
            title, facts.Date, facts.Venue?.Place ?? mainVenue, facts.Format?.Format, [.. speakers.Expected, .. presiderShown], numbered, attendeeGroups);

        var tags = new List<string> { $"level: {s.Level}", $"sector: {s.Sector.Name}" };
        tags.AddRange(layout.Tags());
        tags.Add(facts.AttendeesPlace switch
        {
            AttendeesPlace.Part => early ? "order: attendees right after the opening" : "attendees: a paragraph of their own",
            AttendeesPlace.Opening => "attendees: listed in the opening",
            _ => "attendees: none",
        });
        if (plan.Attributes && plan.AttributesFirst && plan.Review)
        {
            tags.Add("order: attributes before the review");
        }

        if (others.Count > 0 && hasAttendeesPart && !early)
        {
            tags.Add(plan.OthersBeforeAttendees ? "order: closing paragraphs before the attendees" : "order: closing paragraphs after the attendees");
        }

        tags.Add("parts: " + string.Join(" ", parts.Select(x => x.Kind.ToString().ToLowerInvariant())));
        tags.AddRange(parts.SelectMany(x => x.Tags));
        var text = layout.Lay(title, parts.SelectMany(x => x.Paragraphs));
        return new GeneratedReport(text, outline, [.. tags.Distinct().Order(StringComparer.Ordinal)]);
    }

    // Paragraphs side by side that fit no kind (a call to action after speeches of exchange) are one part, as the corpus writes them.
    private static List<PartDraft> JoinNeighbouringOthers(List<PartDraft> parts)
    {
        var joined = new List<PartDraft>();
        foreach (var part in parts)
        {
            if (part.Kind == Meeting.Model.SectionKind.Other && joined.Count > 0 && joined[^1].Kind == Meeting.Model.SectionKind.Other)
            {
                joined[^1] = joined[^1] with { Paragraphs = [.. joined[^1].Paragraphs, .. part.Paragraphs], Tags = [.. joined[^1].Tags, .. part.Tags, "other: several paragraphs side by side"] };
            }
            else
            {
                joined.Add(part);
            }
        }

        return joined;
    }
}
