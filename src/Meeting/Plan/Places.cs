using Meeting.Index;
using Meeting.Model;

namespace Meeting.Plan;

/// <summary>Where in its part a sentence stands: the lead before the items, an item, the closing after them.</summary>
public enum PlaceRole
{
    Lead,
    Item,
    Closing,
}

/// <summary>
/// One place of the report as a back-of-book index names it (四项要求's lead, 四项要求 › 二), with the
/// occurrences of a term there in reading order. A place is named once however often the term occurs in it.
/// </summary>
public sealed record Place(PlaceRole Role, Item? Item, IReadOnlyList<Occurrence> Occurrences);

/// <summary>The places of one part where a term occurs, in reading order; <see cref="Section"/> is null outside every part.</summary>
public sealed record PartPlaces(Section? Section, IReadOnlyList<Place> Places)
{
    /// <summary>The occurrences in the part's own sentences (lead and closing): the part itself as a locator.</summary>
    public IReadOnlyList<Occurrence> OwnOccurrences =>
        Places.Where(p => p.Role != PlaceRole.Item).SelectMany(p => p.Occurrences).ToList();

    public IEnumerable<Place> Items => Places.Where(p => p.Role == PlaceRole.Item);
}

/// <summary>
/// Every sentence of a meeting with its part, item and role, looked up once per meeting; groups a term's
/// occurrences into places, so the index shows 四项要求 › 一、二、四 rather than one locator per occurrence.
/// </summary>
public sealed class SentencePlaces
{
    private readonly Dictionary<string, Where> _where = new(StringComparer.Ordinal);

    public SentencePlaces(MeetingReport meeting)
    {
        for (var p = 0; p < meeting.Sections.Count; p++)
        {
            var section = meeting.Sections[p];
            foreach (var s in section.Lead)
            {
                _where[s.Id] = new Where(p, section, null, PlaceRole.Lead);
            }

            foreach (var item in section.Items)
            {
                foreach (var s in item.Sentences)
                {
                    _where[s.Id] = new Where(p, section, item, PlaceRole.Item);
                }
            }

            foreach (var s in section.Closing)
            {
                _where[s.Id] = new Where(p, section, null, PlaceRole.Closing);
            }
        }
    }

    /// <summary>The occurrences grouped by part, then by place, both in reading order (occurrences come in reading order).</summary>
    public IReadOnlyList<PartPlaces> Group(IEnumerable<Occurrence> occurrences) =>
        occurrences
            .Select(o => (Occurrence: o, Where: _where.GetValueOrDefault(o.SentenceId, Outside)))
            .GroupBy(x => x.Where.Part)
            .Select(part => new PartPlaces(
                part.First().Where.Section,
                part.GroupBy(x => (x.Where.Role, x.Where.Item?.Ordinal))
                    .Select(place => new Place(place.Key.Role, place.First().Where.Item, place.Select(x => x.Occurrence).ToList()))
                    .ToList()))
            .ToList();

    // A sentence in no part (none in a parsed report, where every paragraph has a part, even if only `other`).
    private static readonly Where Outside = new(-1, null, null, PlaceRole.Lead);

    private readonly record struct Where(int Part, Section? Section, Item? Item, PlaceRole Role);
}
