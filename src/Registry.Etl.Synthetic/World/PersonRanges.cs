namespace Registry.Etl.Synthetic.World;

/// <summary>Disjoint ranges of dense person indices per population (the index also fixes the BSN).</summary>
internal static class PersonRanges
{
    /// <summary>Colorectal and liver cohorts: [0, 10,000,000).</summary>
    public const long CohortBase = 0;

    /// <summary>Other-site cancer patients: 100,000 slots per incidence month, up to 25 years.</summary>
    public const long OtherCancerBase = 10_000_000;

    public const long OtherCancerPerMonth = 100_000;

    public const int MaxMonths = 300;

    /// <summary>The unrelated hospital population.</summary>
    public const long BackgroundBase = OtherCancerBase + OtherCancerPerMonth * MaxMonths;

    public static long OtherCancer(int month, int index) => OtherCancerBase + month * OtherCancerPerMonth + index;

    public static long Background(long index) => BackgroundBase + index;
}
