using System.Globalization;

namespace Registry.Etl.Pipeline.Catalog;

/// <summary>
/// Catalog hygiene: a run whose process was killed (SIGKILL, OOM, power cut) never records its end and
/// would stay <c>running</c> forever. At the start of every run (for its pipeline) and in <c>runs list</c>,
/// runs still <c>running</c> whose process is gone are marked <c>abandoned</c> with a reason. Only runs
/// started on this host are judged (the pid means nothing elsewhere); runs of other nodes sharing a
/// PostgreSQL catalog are left to those nodes (and the scheduler re-runs a dead node's slot itself).
/// </summary>
public static class AbandonedRuns
{
    public const string Status = "abandoned";

    /// <summary>Marks the abandoned runs of <paramref name="pipeline"/> (all pipelines when null); returns their keys.</summary>
    /// <param name="noticedBy">Who noticed, for the reason text ("run 12", "runs list").</param>
    public static async Task<IReadOnlyList<long>> MarkAsync(IRunCatalog catalog, string? pipeline, string noticedBy, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(time);
        var marked = new List<long>();
        foreach (var run in await catalog.ListRunningAsync(pipeline, cancellationToken).ConfigureAwait(false))
        {
            if (run.Host is null || run.ProcessId is not { } pid || !new RunProcess(run.Host, pid, run.ProcessStartTag).IsGoneOnThisHost())
            {
                continue;
            }

            var reason = string.Create(CultureInfo.InvariantCulture,
                $"abandoned: its process (pid {pid} on {run.Host}) ended without recording an outcome (killed or crashed); nothing of it was published; noticed by {noticedBy} at {time.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ}");
            if (await catalog.AbandonRunAsync(run.Key, reason, cancellationToken).ConfigureAwait(false))
            {
                marked.Add(run.Key);
            }
        }

        return marked;
    }
}
