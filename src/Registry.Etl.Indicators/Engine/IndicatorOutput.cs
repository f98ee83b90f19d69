namespace Registry.Etl.Indicators.Engine;

/// <summary>What the engine computed for one spec: result rows and funnel curves.</summary>
public sealed record IndicatorOutput(IReadOnlyList<IndicatorResult> Results, IReadOnlyList<FunnelPoint> Funnel);
