using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;
using Serilog;

namespace Registry.Etl.Scheduling;

/// <summary>
/// Runs one scheduled slot of one pipeline: the as-of date is the slot's date in the pipeline's time
/// zone; a slot that already published (the catalog says so) is skipped, so a re-fire after fail-over
/// cannot publish twice; transient failures are retried with exponential back-off, others are not.
/// </summary>
public sealed class SlotRunner : IAsyncDisposable
{
    private readonly IStageFactory _stages;
    private readonly CatalogCache _catalogs;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SchedulerOptions _options;

    public SlotRunner(IStageFactory stages, SchedulerOptions options, ILogger logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _stages = stages;
        _options = options;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _catalogs = new CatalogCache(options.CatalogConnectionString);
    }

    public static DateOnly AsOfForSlot(DateTimeOffset slotUtc, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slotUtc, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);

    public async Task<RunOutcome?> RunSlotAsync(string pipelinePath, DateTimeOffset slotUtc, RunTrigger trigger, CancellationToken cancellationToken)
    {
        var pipeline = PipelineLint.Load(pipelinePath);
        var retry = pipeline.Schedule?.Retry ?? RetryDefinition.Default;
        var asOf = AsOfForSlot(slotUtc, pipeline.Schedule?.TimeZone ?? ScheduleDefinition.DefaultTimeZone);
        var log = _logger.ForContext("Pipeline", pipeline.Name).ForContext("SlotUtc", slotUtc);
        for (var attempt = 1; ; attempt++)
        {
            RunOutcome? outcome = null;
            Exception? error = null;
            try
            {
                var catalog = await _catalogs.GetAsync(pipeline, cancellationToken).ConfigureAwait(false);
                if (await catalog.SlotCompletedAsync(pipeline.Name, slotUtc, cancellationToken).ConfigureAwait(false))
                {
                    log.Warning("Slot {SlotUtc} of {Pipeline} already published; not running it again", slotUtc, pipeline.Name);
                    return null;
                }

                var runner = new PipelineRunner(_stages, catalog, _logger, _time);
                outcome = await runner.RunAsync(
                    new RunRequest
                    {
                        Pipeline = pipeline,
                        AsOf = asOf,
                        OutputDirectory = _options.OutputDirectory,
                        Trigger = trigger,
                        SlotUtc = slotUtc,
                        Node = _options.InstanceId,
                        Attempt = attempt,
                    },
                    cancellationToken).ConfigureAwait(false);
                if (!outcome.IsTransientFailure)
                {
                    return outcome;
                }

                error = outcome.Error;
            }
            catch (CatalogException e) when (e.IsTransient)
            {
                error = e;
            }

            if (attempt >= retry.MaxAttempts || cancellationToken.IsCancellationRequested)
            {
                log.Error(error, "Slot {SlotUtc} of {Pipeline} failed after {Attempts} attempts", slotUtc, pipeline.Name, attempt);
                return outcome;
            }

            var delay = retry.DelayAfter(attempt);
            log.Warning(error, "Transient failure of slot {SlotUtc} (attempt {Attempt} of {Max}); retrying in {Delay}", slotUtc, attempt, retry.MaxAttempts, delay);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _catalogs.DisposeAsync();
}
