using System.CommandLine;
using System.Globalization;
using Registry.Etl.Core.Errors;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;
using Registry.Etl.Pipeline.Stages.Ingest;

namespace Registry.Etl.Cli.Commands;

/// <summary>
/// `registry-etl ingest`: the ingest stage's code on a list of export files of one source, outside a
/// pipeline: standardised and quarantine Parquet plus a JSON manifest in --out, counts per file printed.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "Source id (dcra, dhba, nkr, lbz): selects the <source>.v<version>.yaml contracts.", Required = true };
        var contracts = new Option<string>("--contracts") { Description = "Folder holding the contracts (e.g. pipelines/sources).", Required = true };
        var output = new Option<string>("--out") { Description = "Output folder: <source>.parquet, <source>.quarantine.parquet, <source>.manifest.json.", Required = true };
        var files = new Argument<string[]>("files") { Description = "Export files of the source; the file name gives the export date and so the contract version.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(
            "ingest",
            "Validate, standardise and pseudonymise export files of one source (secret from REGISTRY_ETL_PSEUDONYM_KEY or REGISTRY_ETL_PSEUDONYM_KEY_FILE); exit 1 when a file failed.")
        {
            source, contracts, output, files,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var writer = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                return await RunAsync(parseResult.GetValue(source)!, parseResult.GetValue(contracts)!, parseResult.GetValue(output)!, parseResult.GetValue(files)!, writer, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (ConfigurationException e)
            {
                await error.WriteLineAsync($"ingest: {e.Message}").ConfigureAwait(false);
                return 2;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"ingest failed: {e.Message}").ConfigureAwait(false);
                return 3;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(string source, string contractDirectory, string outDirectory, string[] paths, TextWriter writer, CancellationToken cancellationToken)
    {
        var set = ContractSet.LoadDirectory(contractDirectory, source);
        var job = new SourceIngestJob(set, PseudonymSecret.FromEnvironment(), cache: null);
        var inputs = paths
            .Select(p => (Path: p, Name: Path.GetFileName(p), Sha256: (string?)null))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();
        Directory.CreateDirectory(outDirectory);
        var outputs = new IngestOutputs(Path.Combine(outDirectory, $"{source}.parquet"), Path.Combine(outDirectory, $"{source}.quarantine.parquet"));
        var result = await job.RunAsync(inputs, outputs, null, cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(Path.Combine(outDirectory, $"{source}.manifest.json"), IngestManifest.ToJson(result), cancellationToken).ConfigureAwait(false);

        foreach (var f in result.Files)
        {
            await writer.WriteLineAsync(f.Error is null
                ? string.Create(CultureInfo.InvariantCulture, $"{f.Name}: {f.ContractId}, read {f.RowsRead}, accepted {f.RowsAccepted}, quarantined {f.RowsQuarantined}")
                : $"{f.Name}: FAILED {f.Error}").ConfigureAwait(false);
        }

        var r = result.Resolution;
        await writer.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{source}: {result.Files.Count} files ({result.Files.Count(f => f.Error is not null)} failed), {r.RowsIn} rows accepted resolved to {r.RowsOut} ({r.SupersededByLaterExport} superseded by a later export, {r.SupersededWithinFile} within a file), {result.Quarantine.RowCount} quarantine records -> {outDirectory}"))
            .ConfigureAwait(false);
        return result.Files.Any(f => f.Error is not null) ? 1 : 0;
    }
}
