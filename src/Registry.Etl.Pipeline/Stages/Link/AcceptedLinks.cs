using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// The artifact <c>link/&lt;model&gt;</c>: one row per accepted link of every left source, in source then
/// (left_row, right_row) order. Rows are row numbers of the ingest files (so later stages
/// join without parsing ids); ids are the model's unique_id values.
/// </summary>
public sealed class AcceptedLinks
{
    public static readonly TableSchema Schema = new([
        new ColumnSchema("left_source", ColumnKind.String, false),
        new ColumnSchema("left_row", ColumnKind.Int32, false),
        new ColumnSchema("left_id", ColumnKind.String, false),
        new ColumnSchema("right_row", ColumnKind.Int32, false),
        new ColumnSchema("right_id", ColumnKind.String, false),
        new ColumnSchema("stage", ColumnKind.String, false),
        new ColumnSchema("match_probability", ColumnKind.Double, false),
    ]);

    private readonly TableBuilder _builder = new(Schema, 1024);

    /// <param name="source">The left source of the run.</param>
    /// <param name="result">The run's result.</param>
    /// <param name="pairs">The run's pairs table (for the ids).</param>
    /// <param name="rightRows">The ingest-file row of each right input row, when the run read only some rows (null: the same).</param>
    public void Add(string source, LinkageResult result, Table pairs, IReadOnlyList<int>? rightRows = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pairs);
        var p = result.Pairs;
        var leftIds = pairs.GetString("left_id");
        var rightIds = pairs.GetString("right_id");
        var stage = pairs.GetString("stage");
        for (var i = 0; i < p.Count; i++)
        {
            if (p.Match[i])
            {
                _builder.AddRow([source, p.Left[i], leftIds[i], rightRows is null ? p.Right[i] : rightRows[p.Right[i]], rightIds[i], stage[i], p.Probability[i]]);
            }
        }
    }

    public Table Build() => _builder.Build();
}
