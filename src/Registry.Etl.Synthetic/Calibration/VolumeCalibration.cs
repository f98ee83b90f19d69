namespace Registry.Etl.Synthetic.Calibration;

/// <summary>Yearly national volumes and population sizes (domain.md 9).</summary>
public sealed record VolumeCalibration
{
    /// <summary>Hospitals doing colorectal surgery, all delivering DCRA (domain.md 9: ~75).</summary>
    public int Hospitals { get; init; } = 70;

    /// <summary>Liver centres delivering DHBA (27 in 2014).</summary>
    public int LiverCentres { get; init; } = 27;

    /// <summary>DCRA primary resections per year (~11,500; 11,679 in 2016).</summary>
    public int DcraPerYear { get; init; } = 12_000;

    /// <summary>
    /// DHBA procedures per year. domain.md 9 gives 1,200-1,500 for the early years (before stand-alone
    /// ablations were registrable in 2018); issue 3 sizes the national set at ~25,000 in 10 years.
    /// </summary>
    public int DhbaPerYear { get; init; } = 2_500;

    /// <summary>NKR tumours per year, all sites (colorectal ones come from the colorectal cohort).</summary>
    public int NkrPerYear { get; init; } = 120_000;

    /// <summary>LBZ admissions per year, all causes; the unrelated population fills what the cohorts leave.</summary>
    public int LbzPerYear { get; init; } = 2_000_000;

    /// <summary>Distinct persons in the unrelated hospital population (over the whole window).</summary>
    public int BackgroundPopulation { get; init; } = 6_000_000;
}
