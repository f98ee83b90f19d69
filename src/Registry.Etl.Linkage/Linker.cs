using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage;

/// <summary>
/// Record linkage: the deterministic cascade, then Fellegi-Sunter (Fellegi and Sunter 1969, JASA 64:1183)
/// on the remaining records: blocking, u by random sampling, m by EM on aggregated patterns, the prior
/// estimated, term-frequency adjustment, thresholds, one-to-one, clustering and diagnostics. Pure: no I/O.
/// </summary>
public static class Linker
{
    /// <param name="model">The model (see <see cref="ModelParser"/>).</param>
    /// <param name="left">The input (dedupe) or the left input (link).</param>
    /// <param name="right">The right input in link mode; null in dedupe mode.</param>
    /// <param name="options">Saved parameters, retraining, parallelism, comparators, progress log.</param>
    /// <exception cref="Core.Errors.ConfigurationException">The model does not fit the inputs or the parameters.</exception>
    public static LinkageResult Run(LinkageModel model, Table left, Table? right = null, LinkageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(left);
        if (right is not null && options?.USampleRight is { } flags && flags.Count != right.RowCount)
        {
            // one flag per right row, in its order: a list of another length was made for another input
            Core.Throw.Argument($"LinkageOptions.USampleRight has {flags.Count} flags for {right.RowCount} right rows.", nameof(options));
        }

        return new LinkageRun(model, left, right, options ?? new LinkageOptions()).Execute();
    }
}
