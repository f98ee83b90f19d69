namespace Registry.Etl.Synthetic.Calibration;

/// <summary>Noise in identifying fields, per record (domain.md 9, linkage realism).</summary>
public sealed record IdentityNoise
{
    public double BsnMissing { get; init; }

    /// <summary>One digit mistyped or two adjacent digits transposed: always fails the 11-proof.</summary>
    public double BsnTypo { get; init; }

    /// <summary>A valid BSN of somebody else (a mix-up): passes the 11-proof, links to the wrong person.</summary>
    public double BsnOtherPerson { get; init; }

    public double DobTypo { get; init; }

    /// <summary>Day and month swapped (only where the result is a date).</summary>
    public double DobSwap { get; init; }

    public double SexMismatch { get; init; }

    public double PostcodeTypo { get; init; }

    public double PostcodeMissing { get; init; }

    /// <summary>An outdated address, per record made after the person moved.</summary>
    public double PostcodeStale { get; init; }
}
