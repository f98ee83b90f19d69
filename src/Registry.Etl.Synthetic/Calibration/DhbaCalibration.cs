namespace Registry.Etl.Synthetic.Calibration;

/// <summary>Planted DHBA rates (domain.md 3.1 and 9).</summary>
public sealed record DhbaCalibration
{
    /// <summary>Diagnosis groups: CRLM, other metastases, primary malignant, benign (68 % CRLM).</summary>
    public IReadOnlyList<double> DiagnosisShares { get; init; } = [0.68, 0.10, 0.14, 0.08];

    /// <summary>Resection combined with ablation among CRLM procedures (20-48 %; hospital range 0-49 %).</summary>
    public double CombinedShare { get; init; } = 0.30;

    /// <summary>SD of the hospital effect on the odds of combining resection and ablation.</summary>
    public double CombinedHospitalSd { get; init; } = 0.8;

    /// <summary>Stand-alone ablation among CRLM procedures (registrable from 2018 only).</summary>
    public double AblationOnlyShare { get; init; } = 0.12;

    public int AblationOnlyFromYear { get; init; } = 2018;

    /// <summary>Major (>= 3 segments) among resections.</summary>
    public double MajorShare { get; init; } = 0.28;

    /// <summary>30-day or in-hospital mortality after minor / major resection (0.6 % / 3.3 %).</summary>
    public double MortalityMinor { get; init; } = 0.006;

    public double MortalityMajor { get; init; } = 0.033;

    public double MortalityAblation { get; init; } = 0.003;

    /// <summary>Major morbidity (Clavien-Dindo >= IIIa) after minor / major resection (9.8 % / 28.1 %).</summary>
    public double MajorMorbidityMinor { get; init; } = 0.098;

    public double MajorMorbidityMajor { get; init; } = 0.281;

    public double MajorMorbidityAblation { get; init; } = 0.04;

    /// <summary>Unplanned readmission within 30 days among those discharged alive.</summary>
    public double Readmission { get; init; } = 0.09;

    /// <summary>One-year cumulative incidence of local tumour progression after ablation (per patient).</summary>
    public double LocalProgressionOneYear { get; init; } = 0.12;

    /// <summary>Long-term items (local progression, follow-up imaging) are registered from this year on; the export layout gains their columns on 2018-01-01 (contract dhba.v2018) whatever this says.</summary>
    public int FollowUpFromYear { get; init; } = 2018;

    public double HospitalEffectSd { get; init; } = 0.2;

    /// <summary>Planted major-morbidity outliers among liver centres, and their logit effect.</summary>
    public int MorbidityOutliers { get; init; } = 1;

    public double MorbidityOutlierEffect { get; init; } = 1.0;

    /// <summary>Probability that a colorectal patient with liver-only synchronous metastases gets a liver procedure.</summary>
    public double TreatSynchronous { get; init; } = 0.45;

    /// <summary>Probability that a distant recurrence involves the liver and is treated locally.</summary>
    public double TreatMetachronous { get; init; } = 0.40;

    /// <summary>Repeat liver procedure in the same person.</summary>
    public double Repeat { get; init; } = 0.08;
}
