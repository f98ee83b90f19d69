using System.CommandLine;
using System.Globalization;
using Registry.Etl.Cli.Hosting;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Scheduling;

namespace Registry.Etl.Cli.Commands;

/// <summary>`registry-etl runs list|show`: the run catalog, for people.</summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        var command = new Command("runs", "Read the run catalog: what ran, when, on which inputs, with what result.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        return command;
    }

    private static Command List()
    {
        var (pipeline, state, catalog) = CatalogOptions();
        var limit = new Option<int>("--limit") { Description = "How many runs, latest first.", DefaultValueFactory = _ => 20 };
        var command = new Command("list", "List the latest runs.") { pipeline, state, catalog, limit };
        command.SetAction((parseResult, ct) => WithCatalogAsync(parseResult, pipeline, state, catalog, async (c, name, output) =>
        {
            // a run killed with SIGKILL never records its end: show it as abandoned rather than running forever
            await AbandonedRuns.MarkAsync(c, name, "runs list", TimeProvider.System, ct).ConfigureAwait(false);
            var runs = await c.ListRunsAsync(name, parseResult.GetValue(limit), ct).ConfigureAwait(false);
            await output.WriteLineAsync($"{"id",6}  {"status",-13} {"exit",4}  {"pipeline",-12} {"as of",-10}  {"trigger",-8} {"slot (UTC)",-20} {"started (UTC)",-20} {"took",8}  run id").ConfigureAwait(false);
            foreach (var r in runs)
            {
                var took = r.FinishedUtc is { } f ? (f - r.StartedUtc).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "-";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Key,6}  {r.Status,-13} {(r.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "-"),4}  {r.Pipeline,-12} {r.AsOf:yyyy-MM-dd}  {r.Trigger,-8} {RunDetailsWriter.Time(r.SlotUtc),-20} {RunDetailsWriter.Time(r.StartedUtc),-20} {took,8}  {r.RunId}"))
                    .ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Show()
    {
        var (pipeline, state, catalog) = CatalogOptions();
        var id = new Argument<long>("id") { Description = "The run's catalog id (first column of 'runs list')." };
        var command = new Command("show", "Show one run: stages with timings, inputs with row counts, outputs, specs, metrics.") { id, pipeline, state, catalog };
        command.SetAction((parseResult, ct) => WithCatalogAsync(parseResult, pipeline, state, catalog, async (c, _, output) =>
        {
            var details = await c.GetRunAsync(parseResult.GetValue(id), ct).ConfigureAwait(false);
            if (details is null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"No run {parseResult.GetValue(id)} in {c.Description}.").ConfigureAwait(false);
                return ExitCodes.Configuration;
            }

            RunDetailsWriter.Write(output, details);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static (Option<FileInfo?> Pipeline, Option<DirectoryInfo?> State, Option<string?> Catalog) CatalogOptions() =>
    (
        new Option<FileInfo?>("--pipeline") { Description = "Read the catalog of this pipeline file (its state folder), and only its runs." },
        new Option<DirectoryInfo?>("--state") { Description = "State folder holding catalog.db (default: ./state)." },
        new Option<string?>("--catalog") { Description = "PostgreSQL connection string of the catalog (env REGISTRY_ETL_CATALOG)." }
    );

    private static async Task<int> WithCatalogAsync(
        ParseResult parseResult, Option<FileInfo?> pipelineOption, Option<DirectoryInfo?> stateOption, Option<string?> catalogOption,
        Func<IRunCatalog, string?, TextWriter, Task<int>> work, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            var pipeline = parseResult.GetValue(pipelineOption) is { } file ? PipelineLint.Load(file.FullName) : null;
            var state = pipeline?.StateDirectory ?? parseResult.GetValue(stateOption)?.FullName ?? Path.GetFullPath("state");
            var connection = parseResult.GetValue(catalogOption) ?? Environment.GetEnvironmentVariable("REGISTRY_ETL_CATALOG");
            if (connection is null && !File.Exists(RunCatalog.SqlitePath(state)))
            {
                await error.WriteLineAsync($"No run catalog at {RunCatalog.SqlitePath(state)}; give --state, --pipeline or --catalog.").ConfigureAwait(false);
                return ExitCodes.Configuration;
            }

            await using var catalog = await RunCatalog.OpenAsync(state, connection, cancellationToken).ConfigureAwait(false);
            return await work(catalog, pipeline?.Name, parseResult.InvocationConfiguration.Output).ConfigureAwait(false);
        }
        catch (ConfigurationException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Configuration;
        }
        catch (CatalogException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
