using Registry.Etl.Core.Data;

namespace Registry.Etl.Indicators.Engine;

/// <summary>
/// Computes several compiled specs, each on its dataset table, in parallel (each spec is independent and
/// the engine is pure), and returns the outputs in the order of <paramref name="plans"/>, so the bytes
/// written do not depend on scheduling.
/// </summary>
public static class IndicatorSet
{
    public static IReadOnlyList<IndicatorOutput> Compute(
        IReadOnlyList<(Table Table, CompiledSpec Plan)> plans, string runId, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var outputs = new IndicatorOutput[plans.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, plans.Count, options, i => outputs[i] = IndicatorEngine.Compute(plans[i].Table, plans[i].Plan, runId));
        return outputs;
    }
}
