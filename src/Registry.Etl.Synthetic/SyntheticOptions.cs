using Registry.Etl.Synthetic.Calibration;

namespace Registry.Etl.Synthetic;

/// <summary>
/// What to generate. The same options give byte-identical files; the files of an export date depend only
/// on the seed, scale, calibration, first year and years, never on the end date or the thread count.
/// </summary>
public sealed record SyntheticOptions
{
    /// <summary>The seed the committed sample-data/ was made with.</summary>
    public const ulong DefaultSeed = 20250101;

    /// <summary>The last data year when --first-year is not given.</summary>
    public const int DefaultLastYear = 2024;

    public ulong Seed { get; init; } = DefaultSeed;

    public SyntheticScale Scale { get; init; } = SyntheticScale.Small;

    /// <summary>Number of data years (operations, incidence, admissions).</summary>
    public int Years { get; init; } = 3;

    /// <summary>First data year; default <see cref="DefaultLastYear"/> - Years + 1.</summary>
    public int? FirstYear { get; init; }

    /// <summary>Write exports with an export date on or before this day; default 1 April after the last data year.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Write only exports with an export date on or after this day (for "one more day of exports").</summary>
    public DateOnly? Since { get; init; }

    public SyntheticSource Sources { get; init; } = SyntheticSource.All;

    /// <summary>Write the ground truth (truth/) beside the exports.</summary>
    public bool Truth { get; init; } = true;

    /// <summary>Files generated in parallel; the output does not depend on it.</summary>
    public int Threads { get; init; } = Math.Min(2, Environment.ProcessorCount);

    /// <summary>Overrides the scale's preset (tests use moderately sized custom worlds).</summary>
    public SyntheticCalibration? Calibration { get; init; }

    public int ResolvedFirstYear => FirstYear ?? DefaultLastYear - Years + 1;

    public SyntheticCalibration ResolvedCalibration => Calibration ?? SyntheticCalibration.For(Scale);
}
