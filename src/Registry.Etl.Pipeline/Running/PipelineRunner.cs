using System.Reflection;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Publishing;
using Registry.Etl.Pipeline.Stages;
using Serilog;

namespace Registry.Etl.Pipeline.Running;

/// <summary>
/// Runs a pipeline once: fingerprint inputs, run the declared stages into a staging folder, write the
/// manifest, publish atomically (or discard), record everything in the catalog. Never throws for a
/// failed run: the <see cref="RunOutcome"/> says what happened; nothing is published unless it completed.
/// </summary>
public sealed partial class PipelineRunner
{
    private readonly IStageFactory _stages;
    private readonly IRunCatalog _catalog;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly RunObserver _observer;

    public PipelineRunner(IStageFactory stages, IRunCatalog catalog, ILogger logger, TimeProvider? time = null, RunObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(logger);
        _stages = stages;
        _catalog = catalog;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _observer = observer ?? RunObserver.None;
    }

    /// <summary>The code version that goes into run ids and manifests (the informational version).</summary>
    public static string CodeVersion { get; } =
        typeof(PipelineRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public async Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = new RunState(request, _time.GetUtcNow(), _time.GetTimestamp());
        var log = _logger.ForContext("Pipeline", request.Pipeline.Name).ForContext("AsOf", request.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        run.CatalogKey = await _catalog.StartRunAsync(
            new CatalogRunStart(request.Pipeline.Name, request.AsOf, request.Trigger.ToName(), request.SlotUtc, request.Node, request.Attempt, run.StartedUtc)
            {
                Process = RunProcess.Current,
            },
            cancellationToken).ConfigureAwait(false);
        log = log.ForContext("CatalogKey", run.CatalogKey);
        foreach (var abandoned in await AbandonedRuns.MarkAsync(_catalog, request.Pipeline.Name, $"run {run.CatalogKey}", _time, cancellationToken).ConfigureAwait(false))
        {
            log.Warning("Run {Abandoned} of {Pipeline} was still 'running' but its process is gone: marked abandoned", abandoned, request.Pipeline.Name);
        }

        log.Information("Run {CatalogKey} of {Pipeline} as of {AsOf} started ({Trigger}, attempt {Attempt})", run.CatalogKey, request.Pipeline.Name, run.AsOfText, request.Trigger, request.Attempt);

        var layout = new OutputLayout(request.EffectiveOutputDirectory);
        var publisher = new Publisher(layout, _observer, _time);
        try
        {
            var stages = ResolveStages(request.Pipeline);
            _observer.OnPhase(RunPhase.Preparing, layout.Root);
            using var outputLock = await OutputLock.AcquireAsync(layout, request.LockTimeout, _time, cancellationToken).ConfigureAwait(false);
            publisher.SweepDebris();
            var cache = IngestCache.ForState(request.Pipeline.StateDirectory);
            cache.SweepTemporary();

            await FingerprintAsync(run, log, cancellationToken).ConfigureAwait(false);
            run.Staging = Path.Combine(layout.Staging, $"{run.RunId}.{Environment.ProcessId}.{Guid.NewGuid():N}");
            var data = Path.Combine(run.Staging, "data");
            Directory.CreateDirectory(data);

            _observer.OnPhase(RunPhase.RunningStages, null);
            await RunStagesAsync(run, stages, data, cache, log, cancellationToken).ConfigureAwait(false);

            _observer.OnPhase(RunPhase.WritingManifest, null);
            var problems = Quality.Evaluate(request.Pipeline, run);
            run.Status = problems.Count == 0 ? RunStatus.Succeeded
                : request.Pipeline.Quality.PublishOnDataProblems ? RunStatus.DataProblems : RunStatus.Rejected;
            await WriteManifestAsync(run, data, problems, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested(); // the last point where a cancel discards the run

            if (run.Status == RunStatus.Rejected)
            {
                publisher.Discard(run.Staging);
                log.Warning("Run {RunId} has data problems and the quality policy holds it back: nothing published", run.RunId);
            }
            else
            {
                var published = publisher.Publish(run.Staging, run.RunId!);
                run.Published = published.RunDirectory;
                _observer.OnPhase(RunPhase.Retention, null);
                var removed = RetentionSweeper.Sweep(layout, request.Pipeline.Retention, publisher);
                log.Information("Published {RunId} to {Directory} (reused: {Reused}); retention removed {Removed}", run.RunId, published.RunDirectory, published.ReusedExisting, removed);
                EvictQuietly(cache, run, log);
            }
        }
        catch (Exception e)
        {
            run.Status = e switch
            {
                OperationCanceledException when cancellationToken.IsCancellationRequested => RunStatus.Cancelled,
                ConfigurationException => RunStatus.ConfigError,
                _ => RunStatus.Failed,
            };
            run.Error = e;
            DiscardQuietly(publisher, run.Staging, log);
            // A configuration error is the user's to fix (missing key, unknown stage): the message says
            // what; a stack trace would only bury it. Anything else is a bug or infrastructure: keep it.
            log.Error(run.Status == RunStatus.ConfigError ? null : e, "Run {CatalogKey} {Status}: {Message}", run.CatalogKey, run.Status.ToName(), e.Message);
        }

        _observer.OnPhase(RunPhase.Completed, run.Status.ToName());
        return await FinishAsync(run, layout, log).ConfigureAwait(false);
    }

    private IReadOnlyList<IPipelineStage> ResolveStages(Definition.PipelineDefinition pipeline)
    {
        var stages = new List<IPipelineStage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in pipeline.Stages)
        {
            if (!_stages.TryCreate(declaration, out var stage))
            {
                Core.Throw.Configuration(
                    $"Stage '{declaration.Name}' is not available in this build; known stages: {string.Join(", ", _stages.Names)}.",
                    declaration.Location);
            }

            foreach (var input in stage.Inputs)
            {
                if (!seen.Contains(input))
                {
                    Core.Throw.Configuration($"Stage '{declaration.Name}' reads the outputs of '{input}', which must run before it.", declaration.Location);
                }
            }

            seen.Add(declaration.Name);
            stages.Add(stage);
        }

        return stages;
    }

    /// <summary>Ingest-cache eviction after a publish; a failure costs disk space, never the published run.</summary>
    private void EvictQuietly(IngestCache cache, RunState run, ILogger log)
    {
        try
        {
            var evicted = cache.EvictUnused(run.Request.Pipeline.Name, run.RunId!, run.Request.Pipeline.Retention.KeepRuns, _time.GetUtcNow());
            log.Information("Ingest cache: {Used} entries used by {RunId}, {Evicted} not used by the last {KeepRuns} published runs removed", cache.UsedEntries.Count, run.RunId, evicted.Count, run.Request.Pipeline.Retention.KeepRuns);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Warning(e, "Ingest cache eviction after {RunId} failed; the next published run tries again", run.RunId);
        }
    }

    private void DiscardQuietly(Publisher publisher, string? staging, ILogger log)
    {
        if (staging is null)
        {
            return;
        }

        try
        {
            publisher.Discard(staging);
        }
        catch (IOException e)
        {
            // the next run sweeps it; the run's own failure is what matters here
            log.Warning(e, "Could not discard staging folder {Staging}", staging);
        }
    }
}
