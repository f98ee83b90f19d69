namespace Registry.Etl.Synthetic.Calibration;

/// <summary>Shape of the LBZ admissions (domain.md 5).</summary>
public sealed record LbzCalibration
{
    /// <summary>Care types K (clinical), D (day), O (observation) of unrelated admissions.</summary>
    public IReadOnlyList<double> CareTypeShares { get; init; } = [0.55, 0.42, 0.03];

    /// <summary>Acute (care needed within 24 h) among unrelated clinical admissions.</summary>
    public double Acute { get; init; } = 0.45;

    /// <summary>Readmission within 30 days after an unrelated clinical admission.</summary>
    public double Readmission { get; init; } = 0.08;

    /// <summary>Share of deaths that happen in hospital (and so appear in LBZ with destination 4).</summary>
    public double DeathInHospital { get; init; } = 0.35;

    /// <summary>Yearly death probability in the unrelated hospital population.</summary>
    public double BackgroundMortality { get; init; } = 0.012;

    /// <summary>Unrelated admissions per person-year of colorectal and liver patients.</summary>
    public double CohortAdmissionsPerYear { get; init; } = 0.35;

    /// <summary>Share of other-site cancers with a treatment admission near diagnosis.</summary>
    public double CancerTreatmentAdmission { get; init; } = 0.55;
}
