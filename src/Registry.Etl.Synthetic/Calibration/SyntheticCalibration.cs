namespace Registry.Etl.Synthetic.Calibration;

/// <summary>
/// Every configured number of the synthetic world in one record, so a test can assert the generated
/// data against the values it was asked to plant, and the ground truth can print what was used.
/// </summary>
public sealed record SyntheticCalibration
{
    public VolumeCalibration Volumes { get; init; } = new();

    public DcraCalibration Dcra { get; init; } = new();

    public DhbaCalibration Dhba { get; init; } = new();

    public LbzCalibration Lbz { get; init; } = new();

    public NoiseCalibration Noise { get; init; } = new();

    /// <summary>The preset of a scale: national volumes, or the small committed sample.</summary>
    public static SyntheticCalibration For(SyntheticScale scale) => scale switch
    {
        SyntheticScale.National => new SyntheticCalibration(),
        SyntheticScale.Small => new SyntheticCalibration
        {
            Volumes = new VolumeCalibration
            {
                Hospitals = 24,
                LiverCentres = 8,
                DcraPerYear = 700,
                DhbaPerYear = 150,
                NkrPerYear = 1_600,
                LbzPerYear = 5_000,
                BackgroundPopulation = 9_000,
            },
            Dcra = new DcraCalibration { LeakOutliers = 2, MortalityOutliers = 2, CaseMixOnly = 2 },
        },
        _ => Core.Throw.Configuration<SyntheticCalibration>($"Unknown scale {scale}."),
    };
}
