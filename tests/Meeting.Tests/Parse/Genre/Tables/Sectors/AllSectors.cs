namespace Meeting.Tests.Parse.Genre.Tables.Sectors;

/// <summary>The sectors a conference below university level is drawn from, education weighted as the archive's first.</summary>
public static class AllSectors
{
    public static readonly IReadOnlyList<(int Weight, Sector Sector)> Weighted =
    [
        (8, Education.Sector),
        (2, Health.Sector),
        (2, Agriculture.Sector),
        (2, Transport.Sector),
        (2, HumanResources.Sector),
        (1, CivilAffairs.Sector),
        (1, Science.Sector),
        (2, Ecology.Sector),
    ];

    public static IEnumerable<Sector> All => Weighted.Select(w => w.Sector).Append(University.Sector);
}
