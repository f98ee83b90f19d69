namespace Registry.Etl.Indicators.Engine;

/// <summary>
/// One row of <c>indicators/results.parquet</c> (design.md "Indicator results"): an indicator version x
/// stratum x period x unit (hospital AGB or <c>NATIONAL</c>). Nulls mean "not applicable" or "suppressed".
/// </summary>
public sealed record IndicatorResult
{
    public const string NationalUnit = "NATIONAL";

    public required string IndicatorId { get; init; }
    public required int Version { get; init; }
    public required string SpecHash { get; init; }
    public required string Stratum { get; init; }
    public required string Period { get; init; }
    public required string Unit { get; init; }
    public long? Numerator { get; init; }
    public required long Denominator { get; init; }
    public double? Value { get; init; }
    public double? CiLower { get; init; }
    public double? CiUpper { get; init; }
    public string? CiMethod { get; init; }
    public double? Expected { get; init; }
    public double? Oe { get; init; }
    public double? OeCiLower { get; init; }
    public double? OeCiUpper { get; init; }
    public double? Funnel95Lower { get; init; }
    public double? Funnel95Upper { get; init; }
    public double? Funnel998Lower { get; init; }
    public double? Funnel998Upper { get; init; }
    public string? Flag { get; init; }
    public required bool Suppressed { get; init; }
    public string? Note { get; init; }
    public required string RunId { get; init; }
}
