using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;
using Registry.Etl.Ingest.Standardising;
using Registry.Etl.Pipeline.Definition;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>
/// The <c>ingest</c> stage: for every source of the pipeline, every export file through the contract its
/// export date selects (and the ingest cache), resolved by latest export; writes
/// <c>ingest/&lt;source&gt;.parquet</c> and <c>ingest/&lt;source&gt;.quarantine.parquet</c> and sets the
/// artifact <c>ingest/&lt;source&gt;</c> (an <see cref="IngestedSource"/>: later stages read that file). A
/// failed file is reported in <see cref="StageResult.Inputs"/> (the
/// runner turns it into a <c>file-failed</c> data problem); the other files and sources still complete.
/// </summary>
public sealed class IngestStage : IPipelineStage
{
    public const string StageName = "ingest";

    public IngestStage(StageDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        foreach (var key in declaration.Options.Keys)
        {
            Core.Throw.Configuration($"The ingest stage has no option '{key}'.", declaration.Location);
        }
    }

    public string Name => StageName;

    public IReadOnlyList<string> Inputs => [];

    public static string ArtifactKey(string source) => $"{StageName}/{source}";

    /// <summary>
    /// Sources ingested at once. One source's ingest keeps about one and a half cores busy (a reading thread that
    /// also writes the resolved file, workers that standardise); a second source fills the rest of a two-core
    /// machine while the ten-year LBZ takes most of the stage.
    /// </summary>
    private static int SourcesAtOnce => Math.Clamp(Environment.ProcessorCount, 1, 2);

    public async Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var secret = PseudonymSecret.FromEnvironment();
        var sources = context.Pipeline.Sources;
        var runs = new SourceRun[sources.Count];
        var progress = new double[sources.Count];
        void Report(int s, double p, string source)
        {
            lock (progress)
            {
                progress[s] = p;
                context.ReportProgress(progress.Sum() / sources.Count, source);
            }
        }

        // the largest source first, so the smaller ones run beside it rather than after it; the results are put
        // together in the pipeline's order, so the stage's outputs do not depend on which finished first
        var order = Enumerable.Range(0, sources.Count)
            .OrderByDescending(s => context.InputsOf(sources[s].Id).Sum(f => f.Bytes))
            .ThenBy(s => s)
            .ToArray();
        await Parallel.ForEachAsync(order, new ParallelOptions { MaxDegreeOfParallelism = SourcesAtOnce, CancellationToken = cancellationToken }, async (s, token) =>
            runs[s] = await IngestSourceAsync(context, sources[s], secret, p => Report(s, p, sources[s].Id), token).ConfigureAwait(false)).ConfigureAwait(false);

        var inputs = new List<InputFileResult>();
        var outputs = new List<StageOutput>();
        var metrics = new List<StageMetric>();
        var specs = new List<SpecUse>();
        long parsed = 0, cached = 0;
        for (var s = 0; s < sources.Count; s++)
        {
            var (source, files, result, schema, tablePath, quarantinePath, table) = runs[s];
            for (var i = 0; i < files.Length; i++)
            {
                var f = result.Files[i];
                inputs.Add(new InputFileResult(files[i], f.RowsRead, f.RowsAccepted, f.RowsQuarantined, f.FromCache, f.Error));
                if (f.Error is not null)
                {
                    context.Logger.Warning("Export {Source}/{File} failed: {Reason}", source.Id, f.Name, f.Error);
                }
                else if (f.FromCache)
                {
                    cached++;
                }
                else
                {
                    parsed++;
                }
            }

            outputs.Add(new StageOutput(tablePath, result.Resolution.RowsOut) { Sha256 = result.FileSha256?.Table });
            outputs.Add(new StageOutput(quarantinePath, result.Quarantine.RowCount) { Sha256 = result.FileSha256?.Quarantine });
            context.Artifacts.Set(ArtifactKey(source.Id), new IngestedSource(source.Id, table, schema, result.Resolution.RowsOut) { ContentKey = result.ResolvedKey });
            metrics.AddRange(IngestMetrics.Of(result));
            specs.AddRange(result.ContractsUsed.Select(c => new SpecUse("contract", c.Source, c.Version, c.Sha256)));
            context.Logger.Information(
                "Source {Source}: {Files} files, {Rows} rows resolved to {Resolved}, {Quarantined} quarantined",
                source.Id, files.Length, result.Resolution.RowsIn, result.Resolution.RowsOut, result.Files.Sum(f => f.RowsQuarantined));
        }

        metrics.Add(new StageMetric(StageMetricNames.FilesParsed, parsed, Operational: true));
        metrics.Add(new StageMetric(StageMetricNames.FilesFromCache, cached, Operational: true));
        return new StageResult { Inputs = inputs, Outputs = outputs, Metrics = metrics, Specs = specs };
    }

    private static async Task<SourceRun> IngestSourceAsync(StageContext context, SourceDefinition source, byte[] secret, Action<double> progress, CancellationToken cancellationToken)
    {
        var contracts = ContractSet.LoadDirectory(source.ContractDirectory, source.Id);
        var files = context.InputsOf(source.Id).ToArray();
        var job = new SourceIngestJob(contracts, secret, context.IngestCache)
        {
            SecondPassDecoders = Environment.ProcessorCount,
            SecondPassReadAhead = true,
            CacheRowGroupRows = 4 * FileIngester.ChunkRows,
        };
        var tablePath = $"ingest/{source.Id}.parquet";
        var quarantinePath = $"ingest/{source.Id}.quarantine.parquet";
        var table = context.OutputPath(tablePath);
        Directory.CreateDirectory(Path.GetDirectoryName(table)!);

        // streamed: the resolved table is written as the exports are read, never held whole
        var result = await ResolvedSourceCache.RunAsync(
            job,
            contracts,
            secret,
            context.IngestCache,
            [.. files.Select(f => (f.FullPath, f.RelativePath, (string?)f.Sha256))],
            new IngestOutputs(table, context.OutputPath(quarantinePath)),
            progress,
            cancellationToken).ConfigureAwait(false);
        return new SourceRun(source, files, result, contracts.Schema, tablePath, quarantinePath, table);
    }

    private sealed record SourceRun(SourceDefinition Source, InputFile[] Files, SourceIngestResult Result, Core.Data.TableSchema Schema, string TablePath, string QuarantinePath, string Table);
}
