using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Makes the parts of the model from the blocks and their kinds: neighbours of one kind become one part, each part
/// is cut into lead, items and closing, titled from its counts, and given a slug unique in the meeting.
/// </summary>
internal static class SectionBuilder
{
    public static List<Section> Build(IReadOnlyList<Block> blocks, IReadOnlyList<SectionKind> kinds)
    {
        var sections = new List<Section>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (block, kind) in MergeRuns(blocks, kinds))
        {
            var sequence = MarkerSequence.Find(block.Sentences);
            var parts = ItemSplitter.Split(block, sequence, kind);
            var all = block.Sentences.Select(s => s.Sentence).ToList();
            sections.Add(new Section(
                kind,
                UniqueSlug(slugs, kind),
                SectionTitles.For(kind, parts.Items, all),
                block.Paragraphs,
                parts.Lead,
                parts.Items,
                parts.Closing));
        }

        return sections;
    }

    // Blocks side by side read as one kind are one part: an opening whose speakers stand in a paragraph of their
    // own, a review over two paragraphs, paragraphs that fit no kind (交流发言, then 会议号召…) closing the report.
    private static IEnumerable<(Block Block, SectionKind Kind)> MergeRuns(IReadOnlyList<Block> blocks, IReadOnlyList<SectionKind> kinds)
    {
        var merged = new List<(Block Block, SectionKind Kind)>();
        foreach (var (block, kind) in blocks.Zip(kinds))
        {
            if (merged.Count > 0 && merged[^1].Kind == kind)
            {
                var previous = merged[^1].Block;
                merged[^1] = (new Block([.. previous.Paragraphs, .. block.Paragraphs], [.. previous.Sentences, .. block.Sentences]), kind);
            }
            else
            {
                merged.Add((block, kind));
            }
        }

        return merged;
    }

    private static string UniqueSlug(HashSet<string> taken, SectionKind kind)
    {
        var name = kind.ToString().ToLowerInvariant();
        var slug = name;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{name}-{n}";
        }

        return slug;
    }
}
