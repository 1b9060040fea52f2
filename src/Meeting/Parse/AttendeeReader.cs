using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Reads who took part from the attendees part. Each clause between ，ends in a role verb (参加会议, 应邀参加会议,
/// 列席会议) or shares the verb of its sentence; within a clause, groups listed with 、 share the title words of
/// the last one, as the text intends: 秘书局、…主要负责人 gives 秘书局主要负责人.
/// </summary>
public static class AttendeeReader
{
    public static IReadOnlyList<AttendeeGroup> Read(IEnumerable<Sentence> sentences)
    {
        var groups = new List<AttendeeGroup>();
        foreach (var sentence in sentences)
        {
            if (SectionClassifier.AttendanceEnding(sentence.Text) is not { } ending)
            {
                continue;
            }

            var body = sentence.Text.TrimEnd('。', '；', '.', ' ');
            body = body[..^ending.Ending.Length];
            foreach (var clause in body.Split('，', ','))
            {
                if (IsFormatClause(clause))
                {
                    continue;
                }

                groups.AddRange(SplitSharedTitles(clause).Select(name => new AttendeeGroup(name, ending.Role, sentence.Id)));
            }
        }

        return groups;
    }

    // 会议以视频会议形式召开 says how the meeting was held, not who took part.
    private static bool IsFormatClause(string clause) =>
        clause.StartsWith("会议", StringComparison.Ordinal) && (clause.Contains("召开") || clause.Contains("举行"));

    private static IEnumerable<string> SplitSharedTitles(string clause)
    {
        var pieces = clause.Split('、').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count == 0)
        {
            yield break;
        }

        var last = pieces[^1];
        var title = GenreVocabulary.PersonTitles.FirstOrDefault(t => last.EndsWith(t, StringComparison.Ordinal));
        foreach (var piece in pieces.Take(pieces.Count - 1))
        {
            yield return title is null || GenreVocabulary.PersonTitles.Any(t => piece.EndsWith(t, StringComparison.Ordinal))
                ? piece
                : piece + SharedWords(piece, last, title);
        }

        yield return last;
    }

    /// <summary>
    /// What a group borrows from the last group of its list: the title (负责人), and where the group is a place
    /// (各计划单列市) the unit after the last one's place too (教育局负责人 of 新疆生产建设兵团教育局负责人).
    /// </summary>
    private static string SharedWords(string piece, string last, string title)
    {
        var holder = last[..^title.Length];
        if (!GenreVocabulary.PlaceEndings.Any(e => piece.EndsWith(e, StringComparison.Ordinal)))
        {
            return title;
        }

        var placeEnd = GenreVocabulary.PlaceEndings
            .Select(e => (At: holder.LastIndexOf(e, StringComparison.Ordinal), e.Length))
            .Where(p => p.At >= 0)
            .Select(p => p.At + p.Length)
            .DefaultIfEmpty(-1)
            .Max();
        return placeEnd > 0 && placeEnd < holder.Length ? holder[placeEnd..] + title : title;
    }
}
