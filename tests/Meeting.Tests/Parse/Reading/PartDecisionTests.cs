using Meeting.Model;
using Meeting.Parse;
using Xunit;

namespace Meeting.Tests.Parse.Reading;

/// <summary>
/// The decision over the whole report, fed evidence directly: each kind once, the usual order as soft evidence,
/// a part running on into the next block, and the editor's word above all.
/// </summary>
public sealed class PartDecisionTests
{
    private static IReadOnlyList<PartEvidence> Scores(params (SectionKind Kind, double Score)[] scores) =>
        Enum.GetValues<SectionKind>()
            .Select(k => new PartEvidence(k, k == SectionKind.Other ? 1.5 : scores.FirstOrDefault(s => s.Kind == k).Score, []))
            .ToList();

    private static IReadOnlyList<SectionKind> Decide(params IReadOnlyList<PartEvidence>[] blocks) =>
        PartDecision.Decide(new PartDecision.Input(blocks, blocks.Select(_ => true).ToList(), new Dictionary<int, SectionKind>()));

    [Fact]
    public void Each_kind_is_read_once_and_the_weaker_claim_gives_way()
    {
        var kinds = Decide(
            Scores((SectionKind.Tasks, 6)),
            Scores(),
            Scores((SectionKind.Tasks, 4), (SectionKind.Requirements, 3)));
        Assert.Equal([SectionKind.Tasks, SectionKind.Other, SectionKind.Requirements], kinds);
    }

    [Fact]
    public void A_part_out_of_the_usual_order_is_read_when_its_evidence_is_strong()
    {
        var kinds = Decide(Scores((SectionKind.Tasks, 6)), Scores((SectionKind.Attributes, 5)));
        Assert.Equal([SectionKind.Tasks, SectionKind.Attributes], kinds);
    }

    [Fact]
    public void A_weak_part_out_of_order_is_kept_as_other()
    {
        var kinds = Decide(Scores((SectionKind.Tasks, 6)), Scores((SectionKind.Attributes, 2)));
        Assert.Equal([SectionKind.Tasks, SectionKind.Other], kinds);
    }

    [Fact]
    public void A_paragraph_without_a_list_runs_on_from_the_part_before_it()
    {
        var kinds = PartDecision.Decide(new PartDecision.Input(
            [Scores((SectionKind.Opening, 8)), Scores((SectionKind.Opening, 4))], [false, false], new Dictionary<int, SectionKind>()));
        Assert.Equal([SectionKind.Opening, SectionKind.Opening], kinds);
    }

    [Fact]
    public void A_second_numbered_list_does_not_run_on_lightly()
    {
        var kinds = Decide(Scores((SectionKind.Tasks, 6)), Scores((SectionKind.Tasks, 4)));
        Assert.Equal([SectionKind.Tasks, SectionKind.Other], kinds);
    }

    [Fact]
    public void The_editors_reading_is_kept_whatever_the_evidence()
    {
        var kinds = PartDecision.Decide(new PartDecision.Input(
            [Scores((SectionKind.Tasks, 6)), Scores((SectionKind.Tasks, 5))], [true, true],
            new Dictionary<int, SectionKind> { [0] = SectionKind.Review }));
        Assert.Equal([SectionKind.Review, SectionKind.Tasks], kinds);
    }
}
