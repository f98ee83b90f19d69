namespace Registry.Etl.Pipeline.Definition;

/// <summary>When a run counts as having data problems (exit code 1), and whether it still publishes.</summary>
/// <param name="MaxQuarantinedFraction">Quarantined / read above this, for any source, is a data problem.</param>
/// <param name="PublishOnDataProblems">
/// True (default): a run with data problems publishes what it accepted, the manifest says what failed.
/// False: such a run publishes nothing.
/// </param>
public sealed record QualityPolicy(double MaxQuarantinedFraction, bool PublishOnDataProblems)
{
    public static QualityPolicy Default { get; } = new(0.05, true);
}
