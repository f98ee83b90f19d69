namespace Registry.Etl.Statistics.Standardisation;

/// <summary>The indirectly standardised figures of one unit (see <see cref="ObservedExpectedRatio.Summarise"/>).</summary>
/// <param name="N">n, patients.</param>
/// <param name="Observed">O = Σy.</param>
/// <param name="Expected">E = Σp̂.</param>
/// <param name="VarianceExpected">var_E = Σp̂(1 − p̂).</param>
/// <param name="Ratio">O/E (NaN when E = 0).</param>
/// <param name="CrudeRate">O/n (NaN when n = 0).</param>
/// <param name="OverallRate">R, the reference (national) rate ΣO/Σn given by the caller.</param>
/// <param name="IndirectlyStandardisedRate">ISR = O/E · R.</param>
/// <param name="ZBinomial">(O − E)/√var_E.</param>
/// <param name="ZPoisson">(O − E)/√E.</param>
public sealed record ObservedExpectedSummary(
    long N,
    long Observed,
    double Expected,
    double VarianceExpected,
    double Ratio,
    double CrudeRate,
    double OverallRate,
    double IndirectlyStandardisedRate,
    double ZBinomial,
    double ZPoisson);
