using CsCheck;
using Meeting.Tests.Parse.Genre.Tables;

namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>
/// The sentences that say who took part: groups in the order of the level's table, each clause with its own verb
/// (参加, 列席, 应邀参加, 应邀出席, 出席), groups sharing a post (A、B主要负责人) or a body (各学院（部）党委书记、院长),
/// where they sat (在主会场, 在分会场), clauses joined by ， or written as sentences of their own.
/// </summary>
public sealed record AttendeeList(string Text, IReadOnlyList<ExpectedAttendee> Expected, IReadOnlyList<string> Tags)
{
    public static Gen<AttendeeList> Any(Setting s, MeetingFormat? format, string namedPerson)
    {
        var table = AttendeeGroups.For(s.Level, s.Sector, s.Locality, s.Department);
        var namedPost = AttendeeGroups.NamedPost(s.Level, s.Locality);
        return
            from mask in Gen.Int[1, 100].Array[table.Count]
            from named in Chance.Percent(namedPost is null ? 0 : 20)
            from invitedAsPresent in Chance.Percent(30)
            from attendedWithLe in Chance.Percent(10)
            from shareSuffix in Chance.Percent(60)
            from shareBody in Chance.Percent(80)
            from enumerationComma in Chance.Percent(30)
            from venues in Chance.Percent(format is { Venues: true } ? 30 : 0)
            from oneSentence in Chance.Percent(50)
            select Make(
                [
                    .. named ? [new AttendeeGroupSpec(namedPost + namedPerson, "", "出席")] : Array.Empty<AttendeeGroupSpec>(),
                    .. Chosen(table, mask).Select(g => invitedAsPresent && g.Verb == "应邀参加" ? g with { Verb = "应邀出席" } : g),
                ],
                attendedWithLe, shareSuffix, shareBody, enumerationComma, venues, oneSentence, named);
    }

    // Each group is listed with a fair chance, at least one always.
    private static List<AttendeeGroupSpec> Chosen(IReadOnlyList<AttendeeGroupSpec> table, int[] mask)
    {
        var chosen = table.Where((_, i) => mask[i] <= 55).ToList();
        return chosen.Count > 0 ? chosen : [table[Array.IndexOf(mask, mask.Min())]];
    }

    private static AttendeeList Make(
        List<AttendeeGroupSpec> groups, bool attendedWithLe, bool shareSuffix, bool shareBody, bool enumerationComma, bool venues, bool oneSentence, bool named)
    {
        var tags = new HashSet<string>();
        if (named)
        {
            tags.Add("attendees: a person by name");
        }

        // Clauses: runs of groups with the same verb; with venues, the 参加 run is split into main and branch venues.
        var clauses = new List<(List<AttendeeGroupSpec> Groups, string Verb, string Venue)>();
        foreach (var g in groups)
        {
            if (clauses.Count > 0 && clauses[^1].Verb == g.Verb)
            {
                clauses[^1].Groups.Add(g);
            }
            else
            {
                clauses.Add(([g], g.Verb, ""));
            }
        }

        if (venues)
        {
            var at = clauses.FindIndex(c => c.Verb == "参加" && c.Groups.Count >= 2);
            if (at >= 0)
            {
                var c = clauses[at];
                var half = c.Groups.Count / 2;
                clauses[at] = (c.Groups.Take(half).ToList(), c.Verb, "在主会场");
                clauses.Insert(at + 1, (c.Groups.Skip(half).ToList(), c.Verb, "在各地分会场"));
                tags.Add("attendees: 在主会场/在分会场");
            }
        }

        var texts = new List<string>();
        foreach (var (clauseGroups, verb, venue) in clauses)
        {
            var entries = Entries(clauseGroups, shareSuffix, shareBody, tags);
            var merged = entries.Count < clauseGroups.Count;
            var separator = !merged && enumerationComma ? "、" : "，";
            var written = verb == "参加" && attendedWithLe ? "参加了" : verb;
            texts.Add(string.Join(separator, entries) + venue + written + "会议");
            tags.Add($"attendees: verb {written}");
        }

        if (clauses.Count > 1)
        {
            tags.Add(oneSentence ? "attendees: several verbs in one sentence" : "attendees: one sentence per verb");
        }

        if (groups.Any(g => g.Body.Contains('（', StringComparison.Ordinal)))
        {
            tags.Add("attendees: brackets inside a name");
        }

        var text = oneSentence ? string.Join("，", texts) + "。" : string.Concat(texts.Select(t => t + "。"));
        return new AttendeeList(text, clauses.SelectMany(c => c.Groups.Select(g => new ExpectedAttendee(c.Verb, g.Name))).ToList(), [.. tags.Order()]);
    }

    // Neighbours with the same post share it (A、B主要负责人); neighbours of the same body share the body (X党委书记、校长).
    private static List<string> Entries(List<AttendeeGroupSpec> groups, bool shareSuffix, bool shareBody, HashSet<string> tags)
    {
        var entries = new List<string>();
        var i = 0;
        while (i < groups.Count)
        {
            var j = i + 1;
            if (shareBody && groups[i].Post.Length > 0)
            {
                while (j < groups.Count && groups[j].Body == groups[i].Body && groups[j].Post.Length > 0)
                {
                    j++;
                }

                if (j - i > 1)
                {
                    entries.Add(groups[i].Body + string.Join("、", groups.Skip(i).Take(j - i).Select(g => g.Post)));
                    tags.Add("attendees: shared body (…党委书记、校长)");
                    i = j;
                    continue;
                }
            }

            if (shareSuffix && groups[i].Post.Length > 0)
            {
                while (j < groups.Count && groups[j].Post == groups[i].Post && groups[j].Body != groups[j - 1].Body)
                {
                    j++;
                }

                if (j - i > 1)
                {
                    entries.Add(string.Join("、", groups.Skip(i).Take(j - i).Select(g => g.Body)) + groups[i].Post);
                    tags.Add("attendees: shared post (A、B主要负责人)");
                    i = j;
                    continue;
                }
            }

            entries.Add(groups[i].Name);
            i++;
        }

        return entries;
    }
}
