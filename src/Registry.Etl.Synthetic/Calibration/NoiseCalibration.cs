namespace Registry.Etl.Synthetic.Calibration;

/// <summary>Noise per source: identifying fields, record versions, missing clinical items.</summary>
public sealed record NoiseCalibration
{
    /// <summary>Persons with no BSN at all (no Dutch registration).</summary>
    public double PersonWithoutBsn { get; init; } = 0.003;

    /// <summary>Persons moving house during the window.</summary>
    public double PersonMoves { get; init; } = 0.10;

    public IdentityNoise Hospital { get; init; } = new()
    {
        BsnMissing = 0.02, BsnTypo = 0.006, BsnOtherPerson = 0.0005, DobTypo = 0.004, DobSwap = 0.005,
        SexMismatch = 0.003, PostcodeTypo = 0.004, PostcodeMissing = 0.015, PostcodeStale = 0.15,
    };

    public IdentityNoise Nkr { get; init; } = new()
    {
        BsnMissing = 0.12, BsnTypo = 0.002, BsnOtherPerson = 0.0002, DobTypo = 0.002, DobSwap = 0.002,
        SexMismatch = 0.001, PostcodeTypo = 0.002, PostcodeMissing = 0.01, PostcodeStale = 0.0,
    };

    public IdentityNoise Lbz { get; init; } = new()
    {
        BsnMissing = 0.01, BsnTypo = 0.003, BsnOtherPerson = 0.0, DobTypo = 0.003, DobSwap = 0.003,
        SexMismatch = 0.002, PostcodeTypo = 0.003, PostcodeMissing = 0.01, PostcodeStale = 0.10,
    };

    /// <summary>DCRA/DHBA records re-sent later with a correction (same record_id, new content).</summary>
    public double Corrected { get; init; } = 0.04;

    /// <summary>Records re-sent unchanged in a later export.</summary>
    public double DuplicateLater { get; init; } = 0.008;

    /// <summary>Records sent twice in the same file.</summary>
    public double DuplicateSameFile { get; init; } = 0.003;

    /// <summary>Records registered late (one or more quarters after their operation).</summary>
    public double Late { get; init; } = 0.08;

    /// <summary>Clinical items left empty or coded unknown (9).</summary>
    public double MissingItem { get; init; } = 0.02;

    /// <summary>Implausible values such as a height of 320 cm (domain.md 1), for ingest to catch.</summary>
    public double ImplausibleValue { get; init; } = 0.001;

    /// <summary>DCRA rows with a free-text remark (delimiters, quotes, newlines, accented place names).</summary>
    public double Remark { get; init; } = 0.08;

    /// <summary>LBZ admissions re-delivered in a later month with a correction.</summary>
    public double LbzCorrected { get; init; } = 0.002;

    /// <summary>Index admissions of DCRA/DHBA patients that never reach LBZ.</summary>
    public double LbzMissingIndex { get; init; } = 0.02;

    /// <summary>Index admission dates in LBZ one day off the audit's dates.</summary>
    public double LbzDateShift { get; init; } = 0.03;
}
