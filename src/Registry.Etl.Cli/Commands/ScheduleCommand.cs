using System.CommandLine;
using System.Globalization;
using Registry.Etl.Cli.Hosting;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;
using Registry.Etl.Scheduling;

namespace Registry.Etl.Cli.Commands;

/// <summary>
/// `registry-etl schedule pipelines/*.yaml [--store CONN]`: run pipelines from their cron schedules until
/// SIGTERM or Ctrl+C, then stop gracefully (a running run may finish within --grace, else it is cancelled
/// and publishes nothing).
/// </summary>
internal static class ScheduleCommand
{
    public static Command Create() => Create(CliStages.Create());

    public static Command Create(IStageFactory stages)
    {
        var pipelines = new Argument<FileInfo[]>("pipelines") { Description = "Pipeline files with a schedule.", Arity = ArgumentArity.OneOrMore };
        var store = new Option<string?>("--store") { Description = "PostgreSQL connection string: Quartz's clustered store, shared by every node (default: in memory, one node; env REGISTRY_ETL_STORE)." };
        var catalog = new Option<string?>("--catalog") { Description = "PostgreSQL connection string of the run catalog (default: the --store database when clustered, else SQLite per state folder)." };
        var instance = new Option<string?>("--instance-id") { Description = "This node's id in the cluster (default: host name and process id)." };
        var grace = new Option<string>("--grace") { Description = "On shutdown, how long a running run may go on before it is cancelled (hh:mm:ss).", DefaultValueFactory = _ => "00:00:30" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output root for every pipeline instead of their own." };
        var verbose = new Option<bool>("--verbose") { Description = "Log progress to standard error as well." };
        var command = new Command("schedule", "Run pipelines on their cron schedules (Quartz.NET), alone or as one node of a cluster.")
        {
            pipelines, store, catalog, instance, grace, output, verbose,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!TimeSpan.TryParseExact(parseResult.GetValue(grace), "c", CultureInfo.InvariantCulture, out var gracePeriod))
            {
                await error.WriteLineAsync("--grace must be a duration hh:mm:ss.").ConfigureAwait(false);
                return ExitCodes.Configuration;
            }

            var storeConnection = parseResult.GetValue(store) ?? Environment.GetEnvironmentVariable("REGISTRY_ETL_STORE");
            var options = new SchedulerOptions
            {
                StoreConnectionString = storeConnection,
                CatalogConnectionString = parseResult.GetValue(catalog) ?? Environment.GetEnvironmentVariable("REGISTRY_ETL_CATALOG") ?? storeConnection,
                InstanceId = parseResult.GetValue(instance) ?? $"{Environment.MachineName}-{Environment.ProcessId}",
                GracePeriod = gracePeriod,
                OutputDirectory = parseResult.GetValue(output)?.FullName,
            };
            var files = parseResult.GetValue(pipelines)!.Select(f => f.FullName).ToArray();
            return await RunAsync(stages, files, options, parseResult.GetValue(verbose), parseResult.InvocationConfiguration.Output, error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        IStageFactory stages, string[] files, SchedulerOptions options, bool verbose, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string stateDirectory;
        try
        {
            stateDirectory = PipelineLint.Load(files[0]).StateDirectory;
        }
        catch (ConfigurationException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Configuration;
        }

        await using var logger = CliLogging.Create(stateDirectory, verbose);
        await using var runner = new SlotRunner(stages, options, logger);
        PipelineScheduler scheduler;
        try
        {
            scheduler = await PipelineScheduler.StartAsync(files, options, runner, logger, cancellationToken).ConfigureAwait(false);
        }
        catch (ConfigurationException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Configuration;
        }
        catch (Exception e) when (e is CatalogException || TransientErrors.IsTransient(e) || e is Quartz.SchedulerException)
        {
            logger.Error(e, "The scheduler could not start");
            await error.WriteLineAsync($"The scheduler could not start: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await using (scheduler.ConfigureAwait(false))
        {
            await output.WriteLineAsync($"scheduler {scheduler.InstanceId} running {files.Length} pipeline(s); SIGTERM or Ctrl+C stops it").ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // the signal to stop: fall through to the graceful shutdown
            }

            await output.WriteLineAsync($"scheduler {scheduler.InstanceId} stopping (grace {options.GracePeriod})").ConfigureAwait(false);
            await scheduler.StopAsync(options.GracePeriod).ConfigureAwait(false);
            await output.WriteLineAsync($"scheduler {scheduler.InstanceId} stopped").ConfigureAwait(false);
            return ExitCodes.Success;
        }
    }
}
