using System.Globalization;
using Dapper;

namespace Registry.Etl.Pipeline.Catalog;

internal sealed partial class SqlRunCatalog
{
    public Task<long> StartRunAsync(CatalogRunStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        return WithConnectionAsync(
            (c, ct) => c.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                insert into runs (pipeline, as_of, trigger_kind, slot_ms, node, attempt, status, started_ms, host, pid, process_start)
                values (@Pipeline, @AsOf, @Trigger, @SlotMs, @Node, @Attempt, 'running', @StartedMs, @Host, @Pid, @ProcessStart)
                returning run_key
                """,
                new
                {
                    start.Pipeline,
                    AsOf = start.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    start.Trigger,
                    SlotMs = start.SlotUtc is { } s ? Ms(s) : (long?)null,
                    start.Node,
                    start.Attempt,
                    StartedMs = Ms(start.StartedUtc),
                    start.Process?.Host,
                    Pid = start.Process?.Pid,
                    ProcessStart = start.Process?.StartTag,
                },
                cancellationToken: ct)),
            cancellationToken);
    }

    public Task<bool> AbandonRunAsync(long runKey, string reason, CancellationToken cancellationToken) =>
        WithConnectionAsync(
            async (c, ct) => await c.ExecuteAsync(new CommandDefinition(
                $"update runs set status = '{AbandonedRuns.Status}', error = @reason where run_key = @runKey and status = 'running'",
                new { runKey, reason },
                cancellationToken: ct)).ConfigureAwait(false) == 1,
            cancellationToken);

    public Task SetRunIdAsync(long runKey, string runId, CancellationToken cancellationToken) =>
        WithConnectionAsync(
            (c, ct) => c.ExecuteAsync(new CommandDefinition("update runs set run_id = @runId where run_key = @runKey", new { runKey, runId }, cancellationToken: ct)),
            cancellationToken);

    public Task RecordStageAsync(long runKey, CatalogStage stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return WithConnectionAsync(
            (c, ct) => c.ExecuteAsync(new CommandDefinition(
                """
                insert into run_stages (run_key, ordinal, name, status, started_ms, duration_ms, error)
                values (@runKey, @Ordinal, @Name, @Status, @StartedMs, @DurationMs, @Error)
                """,
                new { runKey, stage.Ordinal, stage.Name, stage.Status, StartedMs = Ms(stage.StartedUtc), stage.DurationMs, stage.Error },
                cancellationToken: ct)),
            cancellationToken);
    }

    public Task FinishRunAsync(long runKey, CatalogRunFinish finish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finish);
        return WithConnectionAsync(
            async (c, ct) =>
            {
                await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
                await c.ExecuteAsync(new CommandDefinition(
                    """
                    update runs set status = @Status, exit_code = @ExitCode, finished_ms = @FinishedMs,
                        published_path = @PublishedPath, manifest_sha256 = @ManifestSha256, error = @Error
                    where run_key = @runKey
                    """,
                    new { runKey, finish.Status, finish.ExitCode, FinishedMs = Ms(finish.FinishedUtc), finish.PublishedPath, finish.ManifestSha256, finish.Error },
                    tx,
                    cancellationToken: ct)).ConfigureAwait(false);
                await c.ExecuteAsync(new CommandDefinition(
                    """
                    insert into run_inputs (run_key, ordinal, source, path, sha256, bytes, rows_read, rows_accepted, rows_quarantined, from_cache, error)
                    values (@runKey, @Ordinal, @Source, @Path, @Sha256, @Bytes, @RowsRead, @RowsAccepted, @RowsQuarantined, @FromCache, @Error)
                    """,
                    finish.Inputs.Select((i, n) => new { runKey, Ordinal = n, i.Source, i.Path, i.Sha256, i.Bytes, i.RowsRead, i.RowsAccepted, i.RowsQuarantined, FromCache = i.FromCache ? 1 : 0, i.Error }),
                    tx,
                    cancellationToken: ct)).ConfigureAwait(false);
                await c.ExecuteAsync(new CommandDefinition(
                    "insert into run_outputs (run_key, ordinal, path, sha256, bytes, rows, stage) values (@runKey, @Ordinal, @Path, @Sha256, @Bytes, @Rows, @Stage)",
                    finish.Outputs.Select((o, n) => new { runKey, Ordinal = n, o.Path, o.Sha256, o.Bytes, o.Rows, o.Stage }),
                    tx,
                    cancellationToken: ct)).ConfigureAwait(false);
                await c.ExecuteAsync(new CommandDefinition(
                    "insert into run_specs (run_key, ordinal, kind, spec_id, version, sha256) values (@runKey, @Ordinal, @Kind, @Id, @Version, @Sha256)",
                    finish.Specs.Select((s, n) => new { runKey, Ordinal = n, s.Kind, s.Id, s.Version, s.Sha256 }),
                    tx,
                    cancellationToken: ct)).ConfigureAwait(false);
                await c.ExecuteAsync(new CommandDefinition(
                    "insert into run_metrics (run_key, stage, name, value) values (@runKey, @Stage, @Name, @Value)",
                    finish.Metrics.Select(m => new { runKey, m.Stage, m.Name, m.Value }),
                    tx,
                    cancellationToken: ct)).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                return 0;
            },
            cancellationToken);
    }
}
