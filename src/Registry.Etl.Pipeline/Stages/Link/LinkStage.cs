using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Hashing;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// The pipeline's `link` stage: runs every model of the pipeline's <c>linkage:</c> list over the
/// standardised tables ingest handed over (artifacts <c>ingest/&lt;source&gt;</c>), one run per left
/// source of the model's <c>pipeline</c> section. Writes <c>linkage/&lt;model&gt;/&lt;source&gt;/*.parquet</c>
/// (the tables of `registry-etl link`) and <c>linkage/link_rates.parquet</c>, and sets artifact
/// <c>link/&lt;model&gt;</c> = the accepted links (<see cref="AcceptedLinks"/>). Trained parameters are
/// kept in <c>&lt;state&gt;/linkage/&lt;model&gt;/&lt;source&gt;.parameters.json</c> and reused by later
/// runs, so the nightly run does not retrain unless the stage option <c>retrain: true</c> says so (a
/// changed model whose saved parameters no longer fit fails with a message asking for that). A model whose inputs,
/// text and parameters are those of an earlier run is not linked again (<see cref="LinkReuse"/>).
/// </summary>
public sealed partial class LinkStage(StageDeclaration declaration) : IPipelineStage
{
    public string Name => "link";

    public IReadOnlyList<string> Inputs { get; } = ["ingest"];

    public Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var retrain = declaration.Option("retrain") switch
        {
            null or "false" => false,
            "true" => true,
            var v => Core.Throw.Configuration<bool>($"Stage link: option retrain must be true or false, got '{v}'.", declaration.Location),
        };
        var outputs = new List<StageOutput>();
        var specs = new List<SpecUse>();
        var rateTables = new List<Table>();
        long links = 0, review = 0, trained = 0, reused = 0;
        var models = context.Pipeline.LinkageModels;
        var parsed = models.Select(m =>
        {
            var text = File.ReadAllText(m.Path);
            var model = ModelParser.Parse(text, m.Path);
            var spec = model.Pipeline
                ?? Core.Throw.Configuration<PipelineSpec>($"Linkage model {m.Path} has no 'pipeline' section saying which sources it links.", m.Location);
            return (Text: text, Model: model, Spec: spec, Columns: ModelColumns.Of(model));
        }).ToArray();
        var indexes = new KeyColumnIndexes(context.Pipeline.StateDirectory, message => context.Logger.Information("Linkage: {Message}", message));
        var shared = new SharedRightReads(indexes);
        foreach (var (_, model, spec, columns) in parsed.Where(p => p.Spec.Right is not null && !p.Spec.RightRowsBlocked))
        {
            shared.Expect(spec.Right!, columns.Right);
        }

        // A model that reads only the blocked rows of its right source (the LBZ for hospital-lbz) reads them while
        // the models before it link: the read depends on ingest's tables alone, and linking the NKR leaves a core
        // half idle. Its outputs are those of a read in turn; only the log lines interleave.
        var early = new Dictionary<int, Task<ModelInputs>>();
        for (var m = 1; m < models.Count; m++)
        {
            var (text, model, spec, columns) = parsed[m];
            if (spec.Right is not null && spec.RightRowsBlocked && !Reusable(context, text, model, spec, retrain))
            {
                var sources = SourcesOf(context, model, spec);
                early[m] = Task.Run(() => ReadInputs(context, model, spec, columns, sources, null, indexes), cancellationToken);
            }
        }

        try
        {
            for (var m = 0; m < models.Count; m++)
            {
                LinkOne(m);
            }
        }
        finally
        {
            BackgroundWork.WaitQuietly(early.Values); // nothing read early outlives the stage, even when a model failed
        }

        void LinkOne(int m)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, model, spec, columns) = parsed[m];
            specs.Add(new SpecUse("linkage-model", model.Name, model.ParameterHash()[..12], Sha256File.OfText(text)));
            var reuse = new LinkReuse(context.Pipeline.StateDirectory, model.Name);
            var sources = SourcesOf(context, model, spec);
            IngestedSource[] inputs = [.. sources.Values];
            var before = retrain ? null : LinkReuse.KeyOf(text, spec.Left.Select(s => SavedParameters(context, model, s)), inputs);
            ModelOutcome outcome;
            if (before is not null && reuse.TryGet(before) is { } saved)
            {
                var (restored, acceptedTable, ratesTable) = LinkReuse.Restore(saved, context.OutputPath);
                outcome = new ModelOutcome(restored, acceptedTable, ratesTable, saved.Record.Links, saved.Record.Review, 0);
                reused++;
                if (spec.Right is not null && !spec.RightRowsBlocked)
                {
                    shared.Skip(spec.Right);
                }

                context.Logger.Information("Linkage {Model}: inputs, model and parameters as in an earlier run; its {Links} links reused", model.Name, saved.Record.Links);
                context.ReportProgress((m + 1.0) / models.Count, model.Name);
            }
            else
            {
                var read = early.TryGetValue(m, out var task) ? task.GetAwaiter().GetResult() : ReadInputs(context, model, spec, columns, sources, shared, indexes);
                early.Remove(m);
                outcome = LinkModel(context, model, spec, read, retrain, m, models.Count);
                if (LinkReuse.KeyOf(text, spec.Left.Select(s => SavedParameters(context, model, s)), inputs) is { } after)
                {
                    // under the parameters as saved now: a run that trained them is reused by the next run, which reads them
                    reuse.Save(after, outcome.Outputs, context.OutputPath, outcome.Accepted, outcome.Rates, outcome.Links, outcome.Review);
                }
            }

            outputs.AddRange(outcome.Outputs);
            rateTables.Add(outcome.Rates);
            links += outcome.Links;
            review += outcome.Review;
            trained += outcome.Trained;
            context.Artifacts.Set($"link/{model.Name}", outcome.Accepted);
            if (m < models.Count - 1)
            {
                Running.WorkingMemory.Compact(); // before the next model reads its inputs (after the last, the runner's release follows)
            }
        }

        var ratesPath = "linkage/link_rates.parquet";
        outputs.Add(new StageOutput(ratesPath, TableParquet.Write(Registry.Etl.Ingest.Resolution.TableGather.Concat(LinkRates.Schema, rateTables), context.OutputPath(ratesPath))));
        return Task.FromResult(new StageResult
        {
            Outputs = outputs,
            Specs = specs,
            Metrics =
            [
                new StageMetric(StageMetricNames.LinksFound, links),
                new StageMetric(StageMetricNames.ClericalReview, review),
                new StageMetric("linkage_runs_trained", trained, Operational: true),
                new StageMetric("linkage_models_reused", reused, Operational: true),
            ],
        });
    }

    /// <summary>The ingest artifacts a model reads: its left sources, then its right source, in that order.</summary>
    private static Dictionary<string, IngestedSource> SourcesOf(StageContext context, LinkageModel model, PipelineSpec spec)
    {
        var sources = new Dictionary<string, IngestedSource>(StringComparer.Ordinal);
        foreach (var source in spec.Left.Append(spec.Right).OfType<string>())
        {
            sources.TryAdd(source, LinkInputs.Standardised(context.Artifacts, source, model.Name));
        }

        return sources;
    }

    /// <summary>Whether the model's outputs will be reused (<see cref="LinkReuse"/>) rather than linked.</summary>
    private static bool Reusable(StageContext context, string text, LinkageModel model, PipelineSpec spec, bool retrain) =>
        !retrain
        && LinkReuse.KeyOf(text, spec.Left.Select(s => SavedParameters(context, model, s)), SourcesOf(context, model, spec).Values) is { } key
        && new LinkReuse(context.Pipeline.StateDirectory, model.Name).TryGet(key) is not null;
}
