using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Tables;

using Registry.Etl.Pipeline.Stages.Ingest;

namespace Registry.Etl.Pipeline.Stages.Datasets;

/// <summary>
/// The pipeline's `datasets` stage: the analysis datasets <c>dataset/dcra</c> and <c>dataset/dhba</c> =
/// the standardised ingest table plus the columns of <see cref="LinkedColumns"/>, written as
/// <c>datasets/&lt;name&gt;.parquet</c> (already pseudonymised: ingest removed the direct identifiers).
/// The links come from the artifacts <c>link/&lt;model&gt;</c> of the models whose <c>pipeline</c> section
/// links that source to <c>nkr</c> and to <c>lbz</c>; without such a model the NKR (or LBZ) columns stay
/// null. A source the pipeline did not ingest gets no dataset.
/// </summary>
public sealed class DatasetsStage(StageDeclaration declaration) : IPipelineStage
{
    private static readonly string[] Datasets = ["dcra", "dhba"];

    public string Name => "datasets";

    public IReadOnlyList<string> Inputs { get; } = ["ingest", "link"];

    public StageDeclaration Declaration { get; } = declaration;

    public Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var models = context.Pipeline.LinkageModels
            .Select(m => ModelParser.Parse(File.ReadAllText(m.Path), m.Path))
            .Where(m => m.Pipeline is not null)
            .ToList();
        var linked = new Dictionary<string, LinkedRows>(StringComparer.Ordinal);

        // a dataset's file is written while the next dataset is built (each file's bytes are its own); listed in order
        var writes = new List<Task<StageOutput>>();
        try
        {
            foreach (var name in Datasets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!context.Artifacts.TryGet<IngestedSource>($"ingest/{name}", out var ingested))
                {
                    continue;
                }

                var table = ingested.ReadAll();
                var (nkrLinks, nkr) = Links(context, models, linked, name, "nkr", LinkedColumns.NkrColumns);
                var (lbzLinks, lbz) = Links(context, models, linked, name, "lbz", LinkedColumns.LbzColumns);
                var dataset = LinkedColumns.Append(table, nkrLinks, nkr, lbzLinks, lbz);
                context.Artifacts.Set($"dataset/{name}", dataset);
                var relative = $"datasets/{name}.parquet";
                var path = context.OutputPath(relative);
                writes.Add(Task.Run(() => new StageOutput(relative, TableParquet.Write(dataset, path)), CancellationToken.None));
            }
        }
        finally
        {
            BackgroundWork.WaitQuietly(writes); // no write outlives the stage, even when a later dataset failed
        }

        return Task.FromResult(new StageResult { Outputs = [.. writes.Select(w => w.GetAwaiter().GetResult())] });
    }

    /// <summary>
    /// The accepted links of <paramref name="source"/> to <paramref name="registry"/>, and the registry columns the
    /// dataset takes for the rows they point to (a link's right row is then its position among those rows).
    /// </summary>
    private static (IReadOnlyList<LinkRow>? Links, Table? Right) Links(StageContext context, List<LinkageModel> models, Dictionary<string, LinkedRows> linked, string source, string registry, IReadOnlyList<string> columns)
    {
        var model = models.FirstOrDefault(m => m.Pipeline!.Right == registry && m.Pipeline.Left.Contains(source, StringComparer.Ordinal));
        if (model is null || !context.Artifacts.TryGet<IngestedSource>($"ingest/{registry}", out var ingested))
        {
            return (null, null);
        }

        var accepted = context.Artifacts.Get<Table>($"link/{model.Name}");
        if (!linked.TryGetValue(model.Name, out var rows))
        {
            linked[model.Name] = rows = LinkedRows.Read(ingested, columns, accepted.Get<int>("right_row"));
        }

        var leftSource = accepted.GetString("left_source");
        var leftRow = accepted.Get<int>("left_row");
        var rightRow = accepted.Get<int>("right_row");
        var probability = accepted.Get<double>("match_probability");
        var links = new List<LinkRow>();
        for (var i = 0; i < accepted.RowCount; i++)
        {
            if (leftSource[i] == source)
            {
                links.Add(new LinkRow(leftRow[i], rows.IndexOf(rightRow[i]), probability[i]));
            }
        }

        return (links, rows.Table);
    }

    /// <summary>
    /// The registry rows a model's links point to (one read per model, shared by its left sources): of the
    /// national LBZ's 20 million admissions only the 2.5 million linked ones are decoded. Rows ascend in file
    /// order, so a link's position among them orders as its file row does (<see cref="LinkedColumns"/> breaks
    /// ties by the lower row).
    /// </summary>
    private sealed record LinkedRows(Table Table, int[] Positions)
    {
        public static LinkedRows Read(IngestedSource registry, IReadOnlyList<string> columns, Column<int> rightRows)
        {
            var wanted = new bool[registry.RowCount];
            for (var i = 0; i < rightRows.Length; i++)
            {
                wanted[rightRows[i]] = true;
            }

            // the values of unwanted rows are skipped, not decoded into strings or copied
            var (table, rows) = registry.Read(columns, (reader, group, first) => wanted.AsSpan(first, checked((int)reader.Metadata.RowGroups[group].RowCount)).ToArray());

            // each file row's position among the rows read, looked up directly (a binary search per link was a
            // sixth of the stage); -1 for rows not read
            var positions = GC.AllocateUninitializedArray<int>(wanted.Length);
            positions.AsSpan().Fill(-1);
            for (var i = 0; i < rows.Length; i++)
            {
                positions[rows[i]] = i;
            }

            return new LinkedRows(table, positions);
        }

        public int IndexOf(int fileRow) =>
            (uint)fileRow < (uint)Positions.Length && Positions[fileRow] is >= 0 and var index
                ? index
                : Core.Throw.InvalidOperation<int>($"Link to row {fileRow}, which was not read.");
    }
}
