using Registry.Etl.Core.Data;
using Registry.Etl.Linkage;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Output;
using Registry.Etl.Linkage.Results;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Hashing;
using Registry.Etl.Pipeline.Linkage;
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
public sealed class LinkStage(StageDeclaration declaration) : IPipelineStage
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
        var shared = new SharedRightReads();
        foreach (var (_, model, spec, columns) in parsed.Where(p => p.Spec.Right is not null && !p.Spec.RightRowsBlocked))
        {
            shared.Expect(spec.Right!, columns.Right);
        }

        for (var m = 0; m < models.Count; m++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, model, spec, columns) = parsed[m];
            specs.Add(new SpecUse("linkage-model", model.Name, model.ParameterHash()[..12], Sha256File.OfText(text)));
            var reuse = new LinkReuse(context.Pipeline.StateDirectory, model.Name);
            IngestedSource[] inputs = [.. spec.Left.Append(spec.Right).OfType<string>().Select(s => LinkInputs.Standardised(context.Artifacts, s, model.Name))];
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
                outcome = LinkModel(context, model, spec, columns, shared, retrain, m, models.Count);
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
            Running.WorkingMemory.Release(); // before the next model reads its inputs
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

    /// <summary>One model over its left sources: links each, writes its tables, gathers its accepted links and link rates.</summary>
    private static ModelOutcome LinkModel(StageContext context, LinkageModel model, PipelineSpec spec, (IReadOnlySet<string> Left, IReadOnlySet<string> Right) columns, SharedRightReads shared, bool retrain, int m, int models)
    {
        var lefts = spec.Left.ToDictionary(
            source => source,
            source => LinkInputs.WithAliases(
                LinkInputs.Left(LinkInputs.Standardised(context.Artifacts, source, model.Name), columns.Left, spec.Columns.GetValueOrDefault(source)),
                spec.Columns.GetValueOrDefault(source)),
            StringComparer.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (right, rightRows, uSample) = spec.Right is null
            ? (null, null, null)
            : LinkInputs.Right(LinkInputs.Standardised(context.Artifacts, spec.Right, model.Name), model, columns.Right, [.. spec.Left.Select(s => lefts[s])], shared);
        if (right is not null)
        {
            context.Logger.Information("Linkage {Model}: {Rows} {Source} records read in {Ms} ms", model.Name, right.RowCount, spec.Right, clock.ElapsedMilliseconds);
        }

        var outputs = new List<StageOutput>();
        var accepted = new AcceptedLinks();
        var rates = new LinkRates();
        long links = 0, review = 0, trained = 0;
        foreach (var source in spec.Left)
        {
            var left = lefts[source];
            clock.Restart();
            var result = Run(context, model, source, left, right, uSample, retrain);
            var linked = clock.ElapsedMilliseconds;
            var tables = new Dictionary<string, Table>(LinkageTables.Build(result, left, right), StringComparer.Ordinal);

            // the bytes of a run depend on its inputs, not on whether the state folder held parameters
            tables["summary"] = WithoutColumn(tables["summary"], "trained");
            trained += result.Trained ? 1 : 0;
            var metadata = LinkJob.Metadata(result);
            foreach (var name in LinkageTables.Names)
            {
                var relative = $"linkage/{model.Name}/{source}/{name}.parquet";
                outputs.Add(new StageOutput(relative, TableParquet.Write(tables[name], context.OutputPath(relative), metadata)));
            }

            // where the time of a run goes (the phases of the linker, then building and writing its tables)
            context.Logger.Information(
                "Linkage {Model} {Source}: linked in {Ms} ms ({Phases}); tables written in {WriteMs} ms",
                model.Name, source, linked, string.Join(", ", result.Timings.Select(t => $"{t.Key} {t.Value}")), clock.ElapsedMilliseconds - linked);
            accepted.Add(source, result, tables["pairs"], rightRows);
            rates.Add(model.Name, source, spec.Right ?? source, left, result);
            links += result.Diagnostics.Matches;
            review += result.Diagnostics.ReviewPairs;
            context.Logger.Information(
                "Linkage {Model} {Source}: {Matches} links, {Review} for review, estimated precision {Precision:F4}, recall {Recall:F4}",
                model.Name, source, result.Diagnostics.Matches, result.Diagnostics.ReviewPairs, result.Diagnostics.EstimatedPrecision, result.Diagnostics.EstimatedRecall);
            context.ReportProgress((m + 1.0) / models, $"{model.Name} {source}");
        }

        return new ModelOutcome(outputs, accepted.Build(), rates.Build(), links, review, trained);
    }

    private static string? SavedParameters(StageContext context, LinkageModel model, string source)
    {
        var file = ParametersFile(context, model, source);
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    private static string ParametersFile(StageContext context, LinkageModel model, string source) =>
        Path.Combine(context.Pipeline.StateDirectory, "linkage", model.Name, source + ".parameters.json");

    private static Table WithoutColumn(Table table, string name)
    {
        var keep = Enumerable.Range(0, table.Columns.Count).Where(i => table.Schema[i].Name != name).ToArray();
        return new Table(new TableSchema(keep.Select(i => table.Schema[i])), [.. keep.Select(i => table[i])]);
    }

    private static LinkageResult Run(StageContext context, LinkageModel model, string source, Table left, Table? right, bool[]? uSample, bool retrain)
    {
        var file = ParametersFile(context, model, source);
        var saved = !retrain && File.Exists(file) ? LinkageParametersJson.Read(File.ReadAllText(file), file) : null;
        var result = Linker.Run(model, left, right, new LinkageOptions
        {
            Parameters = saved,
            Retrain = retrain,
            USampleRight = uSample,
            MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount),
            Log = message => context.Logger.Debug("Linkage {Model} {Source}: {Message}", model.Name, source, message),
        });
        if (result.Trained)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temp = file + ".tmp";
            File.WriteAllText(temp, LinkageParametersJson.Write(result.Parameters), new System.Text.UTF8Encoding(false));
            File.Move(temp, file, overwrite: true);
            context.Logger.Information("Linkage {Model} {Source}: trained; parameters saved for later runs", model.Name, source);
        }

        return result;
    }

    private sealed record ModelOutcome(IReadOnlyList<StageOutput> Outputs, Table Accepted, Table Rates, long Links, long Review, long Trained);
}
