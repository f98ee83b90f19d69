using Registry.Etl.Core.Data;
using Registry.Etl.Linkage;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Output;
using Registry.Etl.Linkage.Results;
using Registry.Etl.Pipeline.Linkage;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>The link stage's work on one model that could not be reused: link each left source, write its tables.</summary>
public sealed partial class LinkStage
{
    /// <summary>A model's input tables: its left sources (aliases applied) and the right rows it reads, with their file rows and u-sample flags.</summary>
    private sealed record ModelInputs(Dictionary<string, Table> Lefts, Table? Right, int[]? RightRows, bool[]? USample);

    /// <summary>
    /// Reads a model's inputs (logging how long the right source took) from <paramref name="sources"/>, the ingest
    /// artifacts it reads, taken beforehand: this may run beside the stage's thread, and the artifacts are not shared state.
    /// </summary>
    private static ModelInputs ReadInputs(StageContext context, LinkageModel model, PipelineSpec spec, (IReadOnlySet<string> Left, IReadOnlySet<string> Right) columns, IReadOnlyDictionary<string, IngestedSource> sources, SharedRightReads? shared, KeyColumnIndexes indexes)
    {
        var lefts = spec.Left.ToDictionary(
            source => source,
            source => LinkInputs.WithAliases(
                LinkInputs.Left(sources[source], columns.Left, spec.Columns.GetValueOrDefault(source)),
                spec.Columns.GetValueOrDefault(source)),
            StringComparer.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (right, rightRows, uSample) = spec.Right is null
            ? (null, null, null)
            : LinkInputs.Right(sources[spec.Right], model, columns.Right, [.. spec.Left.Select(s => lefts[s])], shared, indexes);
        if (right is not null)
        {
            context.Logger.Information("Linkage {Model}: {Rows} {Source} records read in {Ms} ms", model.Name, right.RowCount, spec.Right, clock.ElapsedMilliseconds);
        }

        return new ModelInputs(lefts, right, rightRows, uSample);
    }

    /// <summary>One model over its left sources: links each, writes its tables, gathers its accepted links and link rates.</summary>
    private static ModelOutcome LinkModel(StageContext context, LinkageModel model, PipelineSpec spec, ModelInputs inputs, bool retrain, int m, int models)
    {
        var (lefts, right, rightRows, uSample) = inputs;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outputs = new List<StageOutput>();
        var accepted = new AcceptedLinks();
        var rates = new LinkRates();
        long links = 0, review = 0, trained = 0;

        // every left source meets the same right table: its columns are encoded once, not once per left source
        var rightCache = right is null ? null : new RightInputCache();

        // a source's tables are written while the next source links (writing leaves a core idle); in source order
        var writes = new List<Task<IReadOnlyList<StageOutput>>>();
        try
        {
            foreach (var source in spec.Left)
            {
                var left = lefts[source];
                clock.Restart();
                var result = Run(context, model, source, left, right, uSample, rightCache, retrain);
                var linked = clock.ElapsedMilliseconds;
                var tables = new Dictionary<string, Table>(LinkageTables.Build(result, left, right), StringComparer.Ordinal);

                // the bytes of a run depend on its inputs, not on whether the state folder held parameters
                tables["summary"] = WithoutColumn(tables["summary"], "trained");
                trained += result.Trained ? 1 : 0;
                var metadata = LinkJob.Metadata(result);
                var built = clock.ElapsedMilliseconds - linked;
                writes.Add(Task.Run(() => WriteTables(context, model.Name, source, tables, metadata)));

                // where the time of a run goes (the phases of the linker, then building its tables)
                context.Logger.Information(
                    "Linkage {Model} {Source}: linked in {Ms} ms ({Phases}); tables built in {BuildMs} ms",
                    model.Name, source, linked, string.Join(", ", result.Timings.Select(t => $"{t.Key} {t.Value}")), built);
                accepted.Add(source, result, tables["pairs"], rightRows);
                rates.Add(model.Name, source, spec.Right ?? source, left, result);
                links += result.Diagnostics.Matches;
                review += result.Diagnostics.ReviewPairs;
                context.Logger.Information(
                    "Linkage {Model} {Source}: {Matches} links, {Review} for review, estimated precision {Precision:F4}, recall {Recall:F4}",
                    model.Name, source, result.Diagnostics.Matches, result.Diagnostics.ReviewPairs, result.Diagnostics.EstimatedPrecision, result.Diagnostics.EstimatedRecall);
                context.ReportProgress((m + 1.0) / models, $"{model.Name} {source}");
            }
        }
        finally
        {
            BackgroundWork.WaitQuietly(writes); // no write outlives the model, even when a later source failed
        }

        foreach (var write in writes)
        {
            outputs.AddRange(write.GetAwaiter().GetResult());
        }

        return new ModelOutcome(outputs, accepted.Build(), rates.Build(), links, review, trained);
    }

    /// <summary>
    /// A left source's seven tables, written side by side (each file's bytes are its own) and flushed to disk;
    /// listed in the fixed order. Publishing and the model's reuse entry flush every output anyway: here it
    /// happens while the next source links, instead of at the end of the stage (1-2 s for `hospital-lbz`).
    /// </summary>
    private static IReadOnlyList<StageOutput> WriteTables(StageContext context, string model, string source, Dictionary<string, Table> tables, IReadOnlyDictionary<string, string> metadata)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var names = LinkageTables.Names.ToArray();
        var rows = new long[names.Length];
        Parallel.For(0, names.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var path = context.OutputPath($"linkage/{model}/{source}/{names[i]}.parquet");
            rows[i] = TableParquet.Write(tables[names[i]], path, metadata);
            Publishing.FileSync.File(path);
        });
        context.Logger.Information("Linkage {Model} {Source}: tables written in {WriteMs} ms", model, source, clock.ElapsedMilliseconds);
        return [.. names.Select((name, i) => new StageOutput($"linkage/{model}/{source}/{name}.parquet", rows[i]))];
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

    private static LinkageResult Run(StageContext context, LinkageModel model, string source, Table left, Table? right, bool[]? uSample, RightInputCache? rightCache, bool retrain)
    {
        var file = ParametersFile(context, model, source);
        var saved = !retrain && File.Exists(file) ? LinkageParametersJson.Read(File.ReadAllText(file), file) : null;
        var result = Linker.Run(model, left, right, new LinkageOptions
        {
            Parameters = saved,
            Retrain = retrain,
            USampleRight = uSample,
            RightCache = rightCache,
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
