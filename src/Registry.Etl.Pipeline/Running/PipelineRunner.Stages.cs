using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Manifest;
using Registry.Etl.Pipeline.Stages;
using Serilog;

namespace Registry.Etl.Pipeline.Running;

public sealed partial class PipelineRunner
{
    private async Task FingerprintAsync(RunState run, ILogger log, CancellationToken cancellationToken)
    {
        _observer.OnPhase(RunPhase.Fingerprinting, null);
        var pipeline = run.Request.Pipeline;
        run.Inputs = await InputFingerprinter.FingerprintAsync(pipeline, _ => { }, cancellationToken).ConfigureAwait(false);
        run.Specs = await SpecFingerprinter.FingerprintAsync(pipeline, cancellationToken).ConfigureAwait(false);
        run.RunId = RunIdentity.Compute(pipeline, run.Request.AsOf, CodeVersion, run.Specs, run.Inputs);
        await _catalog.SetRunIdAsync(run.CatalogKey, run.RunId, cancellationToken).ConfigureAwait(false);
        log.Information("Run {CatalogKey} is {RunId}: {Inputs} input files, {Bytes} bytes", run.CatalogKey, run.RunId, run.Inputs.Count, run.Inputs.Sum(i => i.Bytes));
    }

    private async Task RunStagesAsync(RunState run, IReadOnlyList<IPipelineStage> stages, string data, IngestCache cache, ILogger log, CancellationToken cancellationToken)
    {
        var artifacts = new StageArtifacts();
        var earlier = new Dictionary<string, StageResult>(StringComparer.Ordinal);
        for (var i = 0; i < stages.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stage = stages[i];
            var declaration = run.Request.Pipeline.Stages[i];
            var stageLog = log.ForContext("Stage", declaration.Name).ForContext("RunId", run.RunId);
            var context = new StageContext(
                run.RunId!, run.Request.Pipeline, run.Request.AsOf, declaration, data, run.Inputs, earlier, artifacts, cache, stageLog,
                p => _observer.OnStageProgress(declaration.Name, p));

            _observer.OnStageStarted(i, stages.Count, declaration.Name);
            var startedUtc = _time.GetUtcNow();
            var started = _time.GetTimestamp();
            StageResult result;
            try
            {
                result = await stage.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                var failedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
                _observer.OnStageFailed(declaration.Name, e);
                await RecordStageQuietlyAsync(run, new CatalogStage(i, declaration.Name, e is OperationCanceledException ? "cancelled" : "failed", startedUtc, failedMs, e.Message), log)
                    .ConfigureAwait(false);
                throw;
            }

            var elapsed = _time.GetElapsedTime(started);
            earlier[declaration.Name] = result;
            run.Results.Add((declaration.Name, result));
            run.Timings.Add(new StageTiming(declaration.Name, startedUtc, (long)elapsed.TotalMilliseconds));
            foreach (var input in result.Inputs)
            {
                run.InputResults[$"{input.File.Source}/{input.File.RelativePath}"] = input;
            }

            WorkingMemory.Release(); // the next stage's peak must not come on top of this one's heap
            _observer.OnStageCompleted(declaration.Name, result, elapsed);
            await _catalog.RecordStageAsync(run.CatalogKey, new CatalogStage(i, declaration.Name, "succeeded", startedUtc, (long)elapsed.TotalMilliseconds, null), cancellationToken)
                .ConfigureAwait(false);
            stageLog.Information("Stage {Stage} done in {ElapsedMs} ms: {Outputs} outputs, {Problems} problems", declaration.Name, (long)elapsed.TotalMilliseconds, result.Outputs.Count, result.Problems.Count);
        }
    }

    private async Task RecordStageQuietlyAsync(RunState run, CatalogStage stage, ILogger log)
    {
        try
        {
            await _catalog.RecordStageAsync(run.CatalogKey, stage, CancellationToken.None).ConfigureAwait(false);
        }
        catch (CatalogException e)
        {
            log.Warning(e, "Could not record the failed stage {Stage} in the catalog", stage.Name);
        }
    }
}
