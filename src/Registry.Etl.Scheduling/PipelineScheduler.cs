using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Scheduling.Jobs;
using Microsoft.Extensions.Logging;
using Serilog;

namespace Registry.Etl.Scheduling;

/// <summary>
/// A Quartz.NET scheduler running pipelines from their cron schedules: in memory on one node by default,
/// or clustered on PostgreSQL (<see cref="SchedulerOptions.StoreConnectionString"/>) so several nodes
/// share one schedule, each slot fires on exactly one node, and a dead node's work moves to the others.
/// </summary>
public sealed partial class PipelineScheduler : IAsyncDisposable
{
    private const string Group = "registry-etl";

    private readonly ServiceProvider _services;
    private readonly IScheduler _scheduler;
    private readonly SchedulerOptions _options;
    private readonly Serilog.ILogger _logger;

    private PipelineScheduler(ServiceProvider services, IScheduler scheduler, SchedulerOptions options, Serilog.ILogger logger)
    {
        _services = services;
        _scheduler = scheduler;
        _options = options;
        _logger = logger;
    }

    public string InstanceId => _options.InstanceId;

    /// <summary>Builds the scheduler, registers each pipeline's job and trigger, and starts firing.</summary>
    public static async Task<PipelineScheduler> StartAsync(
        IReadOnlyList<string> pipelineFiles,
        SchedulerOptions options,
        SlotRunner runner,
        Serilog.ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipelineFiles);
        ArgumentNullException.ThrowIfNull(options);
        var pipelines = pipelineFiles.Select(PipelineLint.Load).ToArray();
        foreach (var p in pipelines.Where(p => p.Schedule is null))
        {
            Core.Throw.Configuration($"Pipeline '{p.Name}' has no schedule to run by.", p.Location);
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSerilog(logger));
        services.AddSingleton(runner);
        services.AddQuartz(q => Configure(q, options, pipelines.Length));
        var provider = services.BuildServiceProvider();
        try
        {
            var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken).ConfigureAwait(false);
            var host = new PipelineScheduler(provider, scheduler, options, logger);
            foreach (var pipeline in pipelines)
            {
                await host.EnsureScheduledAsync(pipeline, cancellationToken).ConfigureAwait(false);
            }

            await scheduler.Start(cancellationToken).ConfigureAwait(false);
            logger.Information("Scheduler {InstanceId} started ({Store}) with {Count} pipelines", options.InstanceId, options.StoreConnectionString is null ? "in-memory" : "clustered PostgreSQL", pipelines.Length);
            return host;
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void Configure(IQuartzBuilder q, SchedulerOptions options, int pipelineCount)
    {
        q.ConfigureScheduler(s =>
        {
            s.InstanceName = "registry-etl";
            s.InstanceId = options.InstanceId;
        });
        q.UseDefaultThreadPool(Math.Max(2, pipelineCount));
        if (options.StoreConnectionString is null)
        {
            q.UseInMemoryStore();
            return;
        }

        q.UsePersistentStore(store =>
        {
            store.UsePostgres(options.StoreConnectionString);
            store.UseSystemTextJsonSerializer();
            store.UseClustering(c =>
            {
                c.CheckinInterval = options.CheckinInterval;
                c.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
            });
            store.ProvisionSchema();
        });
    }
}
