using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Publishing;
using Serilog;

namespace Registry.Etl.Pipeline.Running;

public sealed partial class PipelineRunner
{
    private async Task<RunOutcome> FinishAsync(RunState run, OutputLayout layout, ILogger log)
    {
        var published = run.Published is not null;
        var finish = new CatalogRunFinish
        {
            Status = run.Status.ToName(),
            ExitCode = ExitCodes.For(run.Status),
            FinishedUtc = _time.GetUtcNow(),
            PublishedPath = run.Published,
            ManifestSha256 = published ? run.ManifestSha256 : null,
            Error = run.Error?.Message,
            Inputs = run.Inputs.Select(i =>
            {
                run.InputResults.TryGetValue($"{i.Source}/{i.RelativePath}", out var r);
                return new CatalogInput(i.Source, i.RelativePath, i.Sha256, i.Bytes, r?.RowsRead, r?.RowsAccepted, r?.RowsQuarantined, r?.FromCache ?? false, r?.Error);
            }).ToArray(),
            Outputs = run.Outputs.Select(o => new CatalogOutput(o.Path, o.Sha256, o.Bytes, o.Rows, o.Stage)).ToArray(),
            Specs = run.Manifest?.Specs.Select(s => new CatalogSpec(s.Kind, s.Id, s.Version, s.Sha256)).ToArray()
                ?? run.Specs.Select(s => new CatalogSpec(s.Kind, s.Id, s.Version, s.Sha256)).ToArray(),
            Metrics = run.Results.SelectMany(r => r.Result.Metrics.Select(m => new CatalogMetric(r.Name, m.Name, m.Value)))
                .GroupBy(m => (m.Stage, m.Name)).Select(g => g.Last()).ToArray(),
        };

        Exception? error = run.Error;
        try
        {
            // recorded even when the run was cancelled: the catalog must say so
            await _catalog.FinishRunAsync(run.CatalogKey, finish, CancellationToken.None).ConfigureAwait(false);
        }
        catch (CatalogException e)
        {
            log.Error(e, "Could not record the end of run {CatalogKey} in the catalog", run.CatalogKey);
            error ??= e;
        }

        var elapsed = _time.GetElapsedTime(run.StartedTimestamp);
        log.Information("Run {CatalogKey} ({RunId}) ended {Status} with exit code {ExitCode} after {ElapsedMs} ms", run.CatalogKey, run.RunId, run.Status.ToName(), ExitCodes.For(run.Status), (long)elapsed.TotalMilliseconds);
        return new RunOutcome
        {
            Status = run.Status,
            CatalogKey = run.CatalogKey,
            RunId = run.RunId,
            Pipeline = run.Request.Pipeline.Name,
            AsOf = run.Request.AsOf,
            PublishedDirectory = run.Published,
            CurrentPointer = published ? layout.Current : null,
            Manifest = run.Manifest,
            InputsFromCache = FromCache(run),
            Elapsed = elapsed,
            ErrorMessage = run.Error?.Message,
            Error = error,
        };
    }
}
