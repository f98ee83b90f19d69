using System.Globalization;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Engine;
using Registry.Etl.Indicators.Output;
using Registry.Etl.Indicators.Specs;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Tables;

using Registry.Etl.Pipeline.Stages.Ingest;

namespace Registry.Etl.Pipeline.Stages.Indicators;

/// <summary>
/// Stage <c>indicators</c>: computes the pipeline's pinned indicator versions (<c>id@version</c>, two versions
/// of one indicator side by side if pinned so) on the analysis datasets, and writes
/// <c>indicators/results.parquet</c> and <c>indicators/funnel.parquet</c>. Reads artifact
/// <c>dataset/&lt;name&gt;</c>, or, in a pipeline without the datasets stage, <c>ingest/&lt;name&gt;</c> with the
/// linked columns null. Option <c>specs</c>: the specs folder, relative to the pipeline file (default
/// <c>../indicator-specs</c>).
/// </summary>
public sealed class IndicatorsStage : IPipelineStage
{
    public const string StageName = "indicators";
    public const string ResultsPath = "indicators/results.parquet";
    public const string FunnelPath = "indicators/funnel.parquet";

    private readonly StageDeclaration _declaration;

    public IndicatorsStage(StageDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        foreach (var key in declaration.Options.Keys)
        {
            if (key != "specs")
            {
                Core.Throw.Configuration($"Stage 'indicators' has no option '{key}'; known: specs.", declaration.Location);
            }
        }

        _declaration = declaration;
    }

    public string Name => StageName;

    public IReadOnlyList<string> Inputs { get; } = ["ingest"];

    public Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(context.Pipeline.FilePath)!, _declaration.Option("specs") ?? "../indicator-specs"));
        var catalog = SpecCatalog.Load(root);
        var pinned = context.Pipeline.Indicators.Select(p => catalog.Resolve(p.ToString(), p.Location)).ToArray();
        var results = new List<IndicatorResult>();
        var funnel = new List<FunnelPoint>();
        var problems = new List<DataProblem>();
        var specs = new List<SpecUse>();
        var tables = new Dictionary<string, Table?>(StringComparer.Ordinal);
        var plans = new List<(Table, CompiledSpec)>();
        foreach (var spec in pinned)
        {
            specs.Add(new SpecUse("indicator", spec.Id, spec.Version.ToString(CultureInfo.InvariantCulture), spec.Hash));
            if (!tables.TryGetValue(spec.Dataset, out var table))
            {
                tables[spec.Dataset] = table = DatasetOf(context, spec.Dataset);
            }

            if (table is null)
            {
                problems.Add(new DataProblem(spec.Dataset, null, "dataset-missing", $"{spec.Key} needs dataset '{spec.Dataset}', which this run did not produce (no dataset/{spec.Dataset} or ingest/{spec.Dataset})."));
                continue;
            }

            plans.Add((table, SpecCompiler.Compile(spec, table.Schema)));
        }

        // Specs are independent and the engine is pure: computed in parallel, collected in pin order.
        foreach (var output in IndicatorSet.Compute(plans, context.RunId, Environment.ProcessorCount, cancellationToken))
        {
            results.AddRange(output.Results);
            funnel.AddRange(output.Funnel);
        }

        context.ReportProgress(1.0, $"{plans.Count} indicators");
        var metadata = Metadata(context, pinned);
        var resultRows = TableParquet.Write(ResultTables.Results(results), context.OutputPath(ResultsPath), metadata);
        var funnelRows = TableParquet.Write(ResultTables.Funnel(funnel), context.OutputPath(FunnelPath), metadata);
        var flagged = results.Where(r => r.Unit != IndicatorResult.NationalUnit && r.Flag is "above_99.8" or "below_99.8").Select(r => r.Unit).Distinct(StringComparer.Ordinal).Count();
        return Task.FromResult(new StageResult
        {
            Outputs = [new StageOutput(ResultsPath, resultRows), new StageOutput(FunnelPath, funnelRows)],
            Metrics =
            [
                new StageMetric(StageMetricNames.IndicatorsComputed, pinned.Length - problems.Count),
                new StageMetric(StageMetricNames.HospitalsFlagged, flagged),
            ],
            Specs = specs,
            Problems = problems,
        });
    }

    /// <summary>The dataset table, or the ingest table with the linked columns added as nulls, or null.</summary>
    internal static Table? DatasetOf(StageContext context, string dataset)
    {
        if (context.Artifacts.TryGet<Table>($"dataset/{dataset}", out var table))
        {
            return table;
        }

        return context.Artifacts.TryGet<IngestedSource>($"ingest/{dataset}", out var ingest) ? LinkedColumns.AddMissing(ingest.ReadAll()) : null;
    }

    private static List<KeyValuePair<string, string>> Metadata(StageContext context, IReadOnlyList<IndicatorSpec> specs) =>
    [
        new("registry_etl.run_id", context.RunId),
        new("registry_etl.pipeline", context.Pipeline.Name),
        new("registry_etl.as_of", context.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("registry_etl.specs", string.Join(";", specs.Select(s => $"{s.Key}={s.Hash}"))),
    ];
}
