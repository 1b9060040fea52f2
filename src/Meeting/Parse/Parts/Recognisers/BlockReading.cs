namespace Meeting.Parse;

/// <summary>
/// A block as the recognisers read it: its whole text, its lead (before the first numbered point), its items,
/// its place among the blocks, and the meeting's year (so that 2023年 reads as the past in a 2024 report).
/// </summary>
internal sealed class BlockReading
{
    public BlockReading(Block block, int index, int count, int? year)
    {
        Block = block;
        Index = index;
        Count = count;
        Year = year;
        Sequence = MarkerSequence.Find(block.Sentences);
        var parts = ItemSplitter.Split(block, Sequence, Model.SectionKind.Other);
        Items = parts.Items.Select(i => i.Text).ToList();
        Heads = parts.Items.Select(i => i.Heading).ToList();
        Topics = parts.Items.Select(i => i.Sentences[0].Text[i.Marker.Length..]).ToList();
        Text = block.Text;
        Opening = string.Concat(block.Sentences.Take(2).Select(s => s.Text));
        // A paragraph without numbered points is all lead to the item splitter; its lead is where it begins.
        Lead = Items.Count >= 2 ? string.Concat(parts.Lead.Select(s => s.Text)) : Opening;
        Clauses = TopLevel.Split(Text, "，。；：！？").Select(c => c.Trim()).Where(c => c.Length >= 2).ToList();
        Units = IsList ? Topics : Clauses.Skip(1).ToList();
    }

    public Block Block { get; }

    public int Index { get; }

    public int Count { get; }

    public int? Year { get; }

    /// <summary>The sentences that start items (empty when the block numbers no points).</summary>
    public IReadOnlyList<int> Sequence { get; }

    public IReadOnlyList<string> Items { get; }

    /// <summary>Each item's heading: what the point is about, the place to read its topic.</summary>
    public IReadOnlyList<string> Heads { get; }

    public string Lead { get; }

    /// <summary>Each item's first sentence, without its marker: the point as the text states it (一、聚焦立德树人，全面加强…).</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>The block cut at every clause: what a paragraph without numbered points is made of.</summary>
    public IReadOnlyList<string> Clauses { get; }

    /// <summary>
    /// What the block's points are: the items' first sentences where it numbers them, else its clauses after the first
    /// (which leads: 会议要求，…). A recogniser weighs the share of points that speak its language.
    /// </summary>
    public IReadOnlyList<string> Units { get; }

    public string Text { get; }

    /// <summary>The first two sentences: where a part says what it is about (会议指出，过去一年，…).</summary>
    public string Opening { get; }

    public bool IsList => Items.Count >= 2;

    public int Semicolons => Block.Sentences.Count(s => SentenceSplitter.EndsWithSemicolon(s.Text));

    /// <summary>The paragraphs the block spans, as written in the outline (¶3-6).</summary>
    public string ParagraphLabel =>
        Block.Paragraphs.Count == 1 ? $"¶{Block.Paragraphs[0]}" : $"¶{Block.Paragraphs[0]}-{Block.Paragraphs[^1]}";
}
