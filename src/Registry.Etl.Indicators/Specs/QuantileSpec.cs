using Registry.Etl.Statistics.Quantiles;

namespace Registry.Etl.Indicators.Specs;

/// <summary>Which quantile (0.5 for a median) and which sample-quantile definition (R type 7 or 2).</summary>
public sealed record QuantileSpec(double Probability, QuantileDefinition Definition);
