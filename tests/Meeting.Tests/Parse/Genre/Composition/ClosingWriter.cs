using CsCheck;
using Meeting.Model;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// Paragraphs outside every part (kind other): a call to action, speeches of exchange by named units (which are
/// not attendee groups), awards and other business.
/// </summary>
public static class ClosingWriter
{
    public static Gen<List<PartDraft>> Any(Setting s) =>
        from call in Chance.Percent(30)
        from callText in Chance.Any(Closings.CallsToAction)
        from exchange in Chance.Percent(20)
        from exchangeText in Chance.Any(Closings.Exchanges)
        from units in Gen.Shuffle(s.Locality.Units.ToArray(), 2, 4)
        from business in Chance.Percent(10)
        from businessText in Chance.Any(Closings.OtherBusiness)
        from callFirst in Gen.Bool
        select Make(s, call ? callText : null, exchange ? exchangeText : null, units, business ? businessText : null, callFirst);

    private static List<PartDraft> Make(Setting s, string? call, string? exchange, string[] units, string? business, bool callFirst)
    {
        var parts = new List<PartDraft>();
        if (exchange is not null)
        {
            var named = string.Join("、", units.Select(u => UnitName(s, u)));
            parts.Add(new PartDraft(SectionKind.Other, [s.Fill(exchange).Replace("{units}", named, StringComparison.Ordinal)], [], ["other: speeches of exchange"]));
        }

        if (business is not null)
        {
            parts.Add(new PartDraft(SectionKind.Other, [s.Fill(business)], [], ["other: awards or business"]));
        }

        if (call is not null)
        {
            var draft = new PartDraft(SectionKind.Other, [s.Fill(call)], [], ["other: call to action"]);
            parts.Insert(callFirst ? 0 : parts.Count, draft);
        }

        return parts;
    }

    // The units that speak: a province's cities speak through their departments (杭州市教育局), a county's towns and a university's schools as they are.
    private static string UnitName(Setting s, string unit) => s.Level switch
    {
        Level.National => unit + (unit.EndsWith('市') ? s.Sector.Departments.CityStem.Replace("局", "委员会", StringComparison.Ordinal) : s.Sector.Departments.ProvinceStem),
        Level.Province => unit + s.Sector.Departments.CityStem,
        Level.City => unit + s.Sector.Departments.CountyStem,
        _ => unit,
    };
}
