using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Reads a block as one kind of part. Each kind has its own recogniser with its own vocabulary; a recogniser
/// weighs what the block says and returns its evidence. It decides nothing: <see cref="PartDecision"/> weighs
/// the evidence of every block for every kind and picks the reading of the whole report.
/// </summary>
internal interface IPartRecogniser
{
    SectionKind Kind { get; }

    PartEvidence Judge(BlockReading block);
}
