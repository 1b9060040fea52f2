namespace Meeting.Parse;

/// <summary>Every kind's recogniser, other included: the evidence of a block is what each of them finds in it.</summary>
internal static class PartRecognisers
{
    public static readonly IReadOnlyList<IPartRecogniser> All =
    [
        new OpeningRecogniser(),
        new ReviewRecogniser(),
        new AttributesRecogniser(),
        new TasksRecogniser(),
        new RequirementsRecogniser(),
        new AttendeesRecogniser(),
        new OtherRecogniser(),
    ];

    public static IReadOnlyList<PartEvidence> Judge(BlockReading block) => All.Select(r => r.Judge(block)).ToList();
}
