using System.Globalization;
using Dapper;

namespace Registry.Etl.Pipeline.Catalog;

internal sealed partial class SqlRunCatalog
{
    private const string RunColumns =
        "run_key as Key, run_id as RunId, pipeline as Pipeline, as_of as AsOf, trigger_kind as TriggerKind, slot_ms as SlotMs, node as Node, " +
        "attempt as Attempt, status as Status, exit_code as ExitCode, started_ms as StartedMs, finished_ms as FinishedMs, " +
        "published_path as PublishedPath, manifest_sha256 as ManifestSha256, error as Error, host as Host, pid as Pid, process_start as ProcessStart";

    public Task<IReadOnlyList<CatalogRun>> ListRunsAsync(string? pipeline, int limit, CancellationToken cancellationToken) =>
        WithConnectionAsync<IReadOnlyList<CatalogRun>>(
            async (c, ct) =>
            {
                var rows = await c.QueryAsync<RunRow>(new CommandDefinition(
                    $"select {RunColumns} from runs where (@pipeline is null or pipeline = @pipeline) order by run_key desc limit @limit",
                    new { pipeline, limit },
                    cancellationToken: ct)).ConfigureAwait(false);
                return rows.Select(r => r.ToRun()).ToArray();
            },
            cancellationToken);

    public Task<IReadOnlyList<CatalogRun>> ListRunningAsync(string? pipeline, CancellationToken cancellationToken) =>
        WithConnectionAsync<IReadOnlyList<CatalogRun>>(
            async (c, ct) =>
            {
                var rows = await c.QueryAsync<RunRow>(new CommandDefinition(
                    $"select {RunColumns} from runs where status = 'running' and (@pipeline is null or pipeline = @pipeline) order by run_key desc",
                    new { pipeline },
                    cancellationToken: ct)).ConfigureAwait(false);
                return rows.Select(r => r.ToRun()).ToArray();
            },
            cancellationToken);

    public Task<bool> SlotCompletedAsync(string pipeline, DateTimeOffset slotUtc, CancellationToken cancellationToken) =>
        WithConnectionAsync(
            async (c, ct) => await c.ExecuteScalarAsync<long>(new CommandDefinition(
                "select count(*) from runs where pipeline = @pipeline and slot_ms = @slot and status in ('succeeded', 'data_problems')",
                new { pipeline, slot = Ms(slotUtc) },
                cancellationToken: ct)).ConfigureAwait(false) > 0,
            cancellationToken);

    public Task<CatalogRunDetails?> GetRunAsync(long runKey, CancellationToken cancellationToken) =>
        WithConnectionAsync(
            async (c, ct) =>
            {
                var run = await c.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition($"select {RunColumns} from runs where run_key = @runKey", new { runKey }, cancellationToken: ct))
                    .ConfigureAwait(false);
                if (run is null)
                {
                    return null;
                }

                var stages = await c.QueryAsync<StageRow>(new CommandDefinition(
                    "select ordinal as Ordinal, name as Name, status as Status, started_ms as StartedMs, duration_ms as DurationMs, error as Error from run_stages where run_key = @runKey order by ordinal",
                    new { runKey },
                    cancellationToken: ct)).ConfigureAwait(false);
                var inputs = await c.QueryAsync<InputRow>(new CommandDefinition(
                    "select source as Source, path as Path, sha256 as Sha256, bytes as Bytes, rows_read as RowsRead, rows_accepted as RowsAccepted, rows_quarantined as RowsQuarantined, from_cache as FromCache, error as Error from run_inputs where run_key = @runKey order by ordinal",
                    new { runKey },
                    cancellationToken: ct)).ConfigureAwait(false);
                var outputs = await c.QueryAsync<OutputRow>(new CommandDefinition(
                    "select path as Path, sha256 as Sha256, bytes as Bytes, rows as Rows, stage as Stage from run_outputs where run_key = @runKey order by ordinal",
                    new { runKey },
                    cancellationToken: ct)).ConfigureAwait(false);
                var specs = await c.QueryAsync<SpecRow>(new CommandDefinition(
                    "select kind as Kind, spec_id as Id, version as Version, sha256 as Sha256 from run_specs where run_key = @runKey order by ordinal",
                    new { runKey },
                    cancellationToken: ct)).ConfigureAwait(false);
                var metrics = await c.QueryAsync<MetricRow>(new CommandDefinition(
                    "select stage as Stage, name as Name, value as Value from run_metrics where run_key = @runKey order by stage, name",
                    new { runKey },
                    cancellationToken: ct)).ConfigureAwait(false);
                return new CatalogRunDetails(
                    run.ToRun(),
                    stages.Select(s => new CatalogStage((int)s.Ordinal, s.Name, s.Status, At(s.StartedMs), s.DurationMs, s.Error)).ToArray(),
                    inputs.Select(i => new CatalogInput(i.Source, i.Path, i.Sha256, i.Bytes, i.RowsRead, i.RowsAccepted, i.RowsQuarantined, i.FromCache != 0, i.Error)).ToArray(),
                    outputs.Select(o => new CatalogOutput(o.Path, o.Sha256, o.Bytes, o.Rows, o.Stage)).ToArray(),
                    specs.Select(s => new CatalogSpec(s.Kind, s.Id, s.Version, s.Sha256)).ToArray(),
                    metrics.Select(m => new CatalogMetric(m.Stage, m.Name, m.Value)).ToArray());
            },
            cancellationToken);

    // Row shapes for Dapper: settable properties, widest integer types (SQLite hands back Int64 for everything).
    private sealed class RunRow
    {
        public long Key { get; set; }

        public string? RunId { get; set; }

        public string Pipeline { get; set; } = "";

        public string AsOf { get; set; } = "";

        public string TriggerKind { get; set; } = "";

        public long? SlotMs { get; set; }

        public string Node { get; set; } = "";

        public long Attempt { get; set; }

        public string Status { get; set; } = "";

        public long? ExitCode { get; set; }

        public long StartedMs { get; set; }

        public long? FinishedMs { get; set; }

        public string? PublishedPath { get; set; }

        public string? ManifestSha256 { get; set; }

        public string? Error { get; set; }

        public string? Host { get; set; }

        public long? Pid { get; set; }

        public string? ProcessStart { get; set; }

        public CatalogRun ToRun() => new(
            Key,
            RunId,
            Pipeline,
            DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            TriggerKind,
            SlotMs is { } s ? At(s) : null,
            Node,
            (int)Attempt,
            Status,
            ExitCode is { } e ? (int)e : null,
            At(StartedMs),
            FinishedMs is { } f ? At(f) : null,
            PublishedPath,
            ManifestSha256,
            Error)
        {
            Host = Host,
            ProcessId = Pid is { } p ? (int)p : null,
            ProcessStartTag = ProcessStart,
        };
    }

    private sealed class StageRow
    {
        public long Ordinal { get; set; }

        public string Name { get; set; } = "";

        public string Status { get; set; } = "";

        public long StartedMs { get; set; }

        public long DurationMs { get; set; }

        public string? Error { get; set; }
    }

    private sealed class InputRow
    {
        public string Source { get; set; } = "";

        public string Path { get; set; } = "";

        public string Sha256 { get; set; } = "";

        public long Bytes { get; set; }

        public long? RowsRead { get; set; }

        public long? RowsAccepted { get; set; }

        public long? RowsQuarantined { get; set; }

        public long FromCache { get; set; }

        public string? Error { get; set; }
    }

    private sealed class OutputRow
    {
        public string Path { get; set; } = "";

        public string Sha256 { get; set; } = "";

        public long Bytes { get; set; }

        public long? Rows { get; set; }

        public string Stage { get; set; } = "";
    }

    private sealed class SpecRow
    {
        public string Kind { get; set; } = "";

        public string Id { get; set; } = "";

        public string Version { get; set; } = "";

        public string? Sha256 { get; set; }
    }

    private sealed class MetricRow
    {
        public string Stage { get; set; } = "";

        public string Name { get; set; } = "";

        public long Value { get; set; }
    }
}
