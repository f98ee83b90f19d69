namespace Registry.Etl.Indicators.Engine;

/// <summary>
/// One point of a funnel's control-limit curves (<c>indicators/funnel.parquet</c>): at denominator (or
/// expected count) <see cref="X"/>, the 95 % and 99.8 % limits around <see cref="Target"/>. The hospitals'
/// points are the results rows (value against denominator or expected).
/// </summary>
public sealed record FunnelPoint(
    string IndicatorId,
    int Version,
    string SpecHash,
    string Stratum,
    string Period,
    string XKind,
    double X,
    double Target,
    double Lower95,
    double Upper95,
    double Lower998,
    double Upper998,
    string Overdispersion,
    double? Phi,
    double? Tau2,
    string RunId);
