namespace Registry.Etl.Synthetic.Calibration;

/// <summary>
/// Planted DCRA rates (domain.md 2.1 and 9). Each is hit in expectation: the generator calibrates the
/// intercept of its logistic model on the case-mix it actually drew, hospital effects included.
/// </summary>
public sealed record DcraCalibration
{
    public double ColonShare { get; init; } = 0.70;

    public double RectumShare { get; init; } = 0.27;

    /// <summary>Synchronous colon and rectum tumours (double tumour), the rest of the 100 %.</summary>
    public double DoubleShare { get; init; } = 0.03;

    /// <summary>30-day or in-hospital mortality after colon resection (2-3 %).</summary>
    public double MortalityColon { get; init; } = 0.025;

    /// <summary>30-day or in-hospital mortality after rectal resection (1-2 %).</summary>
    public double MortalityRectum { get; init; } = 0.015;

    /// <summary>Anastomotic leakage (leak, codes 1 and 3) after a colon resection with primary anastomosis.</summary>
    public double LeakColon { get; init; } = 0.06;

    /// <summary>Leakage after low anterior resection with primary anastomosis only (10 %).</summary>
    public double LeakLarPrimary { get; init; } = 0.10;

    /// <summary>Leakage after low anterior resection with a diverting stoma (7 %).</summary>
    public double LeakLarDiverted { get; init; } = 0.07;

    /// <summary>Severe complication other than leakage (pneumonia, bleeding, cardiac...).</summary>
    public double SevereOther { get; init; } = 0.07;

    /// <summary>Minor complication (Clavien-Dindo I-II) in patients without a severe one.</summary>
    public double Minor { get; init; } = 0.17;

    /// <summary>Unplanned readmission within 30 days of discharge, among those discharged alive.</summary>
    public double Readmission { get; init; } = 0.10;

    /// <summary>CRM not free or 0-1 mm after TME (LAR, APR) for rectal cancer (3.5 %).</summary>
    public double CrmPositive { get; init; } = 0.035;

    /// <summary>Referred from another hospital.</summary>
    public double Referred { get; init; } = 0.15;

    /// <summary>Resected colorectal tumours that never reach DCRA (case ascertainment 95 %).</summary>
    public double NotRegistered { get; init; } = 0.05;

    /// <summary>Colorectal tumours not resected (advanced, frail), as a share of resected ones: they reach only NKR and LBZ.</summary>
    public double NotResectedPerResected { get; init; } = 0.25;

    /// <summary>SD of the normal hospital effects (logit scale) on leakage and mortality.</summary>
    public double HospitalEffectSd { get; init; } = 0.15;

    /// <summary>Logit-scale effect of a planted leakage outlier (odds ratio ~3.3).</summary>
    public double LeakOutlierEffect { get; init; } = 1.2;

    /// <summary>Logit-scale effect of a planted mortality outlier (odds ratio ~3.7).</summary>
    public double MortalityOutlierEffect { get; init; } = 1.3;

    public int LeakOutliers { get; init; } = 3;

    public int MortalityOutliers { get; init; } = 3;

    /// <summary>Hospitals with no effect but an older, sicker, more urgent case-mix.</summary>
    public int CaseMixOnly { get; init; } = 3;

    /// <summary>Extra mean age (years) at case-mix-only hospitals.</summary>
    public double CaseMixAgeShift { get; init; } = 8;

    /// <summary>Shift of the latent ASA/Charlson scale (SD units) at case-mix-only hospitals.</summary>
    public double CaseMixFrailtyShift { get; init; } = 0.8;

    /// <summary>Multiplier on the odds of urgent surgery at case-mix-only hospitals.</summary>
    public double CaseMixUrgencyOdds { get; init; } = 3.0;

    /// <summary>Three-year cumulative incidence of recurrence after curative resection, by location (right, left, rectum) and stage (I, II, III) (domain.md 7, Qaderi 2021).</summary>
    public IReadOnlyList<double> RecurrenceThreeYear { get; init; } =
        [0.03, 0.12, 0.31, 0.03, 0.16, 0.24, 0.08, 0.24, 0.38];
}
