using System.CommandLine;
using System.Globalization;
using Registry.Etl.Cli.Hosting;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;
using Registry.Etl.Scheduling;
using Spectre.Console;

namespace Registry.Etl.Cli.Commands;

/// <summary>`registry-etl run PIPELINE [--as-of DATE] [--out DIR]`: one run of a pipeline, published atomically.</summary>
internal static class RunCommand
{
    public static Command Create() => Create(CliStages.Create());

    public static Command Create(IStageFactory stages)
    {
        var pipeline = new Argument<FileInfo>("pipeline") { Description = "The pipeline file (e.g. pipelines/nightly.yaml)." };
        var asOf = new Option<string?>("--as-of") { Description = "The as-of date (yyyy-MM-dd); default today in the pipeline's time zone. Same inputs, specs and date give the same bytes." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output root instead of the pipeline's (runs/<id>/ and the 'current' link go here)." };
        var catalog = new Option<string?>("--catalog") { Description = "PostgreSQL connection string of the run catalog (default: SQLite in the state folder; env REGISTRY_ETL_CATALOG)." };
        var verbose = new Option<bool>("--verbose") { Description = "Log progress to standard error as well." };
        var command = new Command("run", "Run a pipeline once: ingest, link, datasets, indicators as the file declares; publish atomically.")
        {
            pipeline, asOf, output, catalog, verbose,
        };
        command.SetAction((parseResult, ct) => RunAsync(
            stages,
            parseResult.GetValue(pipeline)!,
            parseResult.GetValue(asOf),
            parseResult.GetValue(output),
            parseResult.GetValue(catalog) ?? Environment.GetEnvironmentVariable("REGISTRY_ETL_CATALOG"),
            parseResult.GetValue(verbose),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            ct));
        return command;
    }

    private static async Task<int> RunAsync(
        IStageFactory stages, FileInfo pipelineFile, string? asOfText, DirectoryInfo? outDir, string? catalogConnection, bool verbose,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        PipelineDefinition pipeline;
        DateOnly asOf;
        try
        {
            pipeline = PipelineLint.Load(pipelineFile.FullName);
            asOf = ParseAsOf(asOfText, pipeline);
        }
        catch (ConfigurationException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Configuration;
        }

        await using var logger = CliLogging.Create(pipeline.StateDirectory, verbose);
        IRunCatalog catalog;
        try
        {
            catalog = await RunCatalog.OpenAsync(pipeline.StateDirectory, catalogConnection, cancellationToken).ConfigureAwait(false);
        }
        catch (CatalogException e)
        {
            logger.Error(e, "Cannot open the run catalog");
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await using (catalog.ConfigureAwait(false))
        {
            var request = new RunRequest { Pipeline = pipeline, AsOf = asOf, OutputDirectory = outDir?.FullName };
            RunOutcome outcome;
            if (CliConsole.IsInteractive(output))
            {
                var console = CliConsole.Create(output);
                outcome = await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                    .StartAsync(ctx => new PipelineRunner(stages, catalog, logger, observer: new SpectreRunObserver(ctx)).RunAsync(request, cancellationToken))
                    .ConfigureAwait(false);
            }
            else
            {
                outcome = await new PipelineRunner(stages, catalog, logger, observer: new PlainRunObserver(output)).RunAsync(request, cancellationToken).ConfigureAwait(false);
            }

            RunSummaryWriter.Write(output, outcome);
            return outcome.ExitCode;
        }
    }

    private static DateOnly ParseAsOf(string? text, PipelineDefinition pipeline)
    {
        if (text is null)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(pipeline.Schedule?.TimeZone ?? ScheduleDefinition.DefaultTimeZone);
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone).DateTime);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : Core.Throw.Configuration<DateOnly>($"--as-of must be a date yyyy-MM-dd, was '{text}'.");
    }
}
