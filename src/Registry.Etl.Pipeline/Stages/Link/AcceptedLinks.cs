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

    // column by column: a national run accepts a few million links, and a boxed row each cost a second
    private readonly List<string> _sources = [];
    private readonly List<int> _leftRows = [];
    private readonly List<string> _leftIds = [];
    private readonly List<int> _rightRows = [];
    private readonly List<string> _rightIds = [];
    private readonly List<string> _stages = [];
    private readonly List<double> _probabilities = [];

    /// <param name="source">The left source of the run.</param>
    /// <param name="result">The run's result.</param>
    /// <param name="pairs">The run's pairs table (for the ids).</param>
    /// <param name="rightRows">The ingest-file row of each right input row, when the run read only some rows (null: the same); an array, not a list, as each of millions of links looks one up.</param>
    public void Add(string source, LinkageResult result, Table pairs, int[]? rightRows = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pairs);
        var p = result.Pairs;
        var leftIds = pairs.GetString("left_id");
        var rightIds = pairs.GetString("right_id");
        var stage = pairs.GetString("stage");

        // sized once for the run's matches (a hint: 2 million links grew each list by doubling)
        var capacity = (int)Math.Min(int.MaxValue, _sources.Count + Math.Max(0, result.Diagnostics.Matches));
        _sources.EnsureCapacity(capacity);
        _leftRows.EnsureCapacity(capacity);
        _leftIds.EnsureCapacity(capacity);
        _rightRows.EnsureCapacity(capacity);
        _rightIds.EnsureCapacity(capacity);
        _stages.EnsureCapacity(capacity);
        _probabilities.EnsureCapacity(capacity);

        for (var i = 0; i < p.Count; i++)
        {
            if (p.Match[i])
            {
                _sources.Add(source);
                _leftRows.Add(p.Left[i]);
                _leftIds.Add(leftIds[i] ?? Core.Throw.InvalidOperation<string>($"Pair {i} of source {source} has no left id."));
                _rightRows.Add(rightRows is null ? p.Right[i] : rightRows[p.Right[i]]);
                _rightIds.Add(rightIds[i] ?? Core.Throw.InvalidOperation<string>($"Pair {i} of source {source} has no right id."));
                _stages.Add(stage[i] ?? Core.Throw.InvalidOperation<string>($"Pair {i} of source {source} has no stage."));
                _probabilities.Add(p.Probability[i]);
            }
        }
    }

    public Table Build() => new(Schema,
    [
        new StringColumn(Schema[0], [.. _sources]),
        new Column<int>(Schema[1], [.. _leftRows]),
        new StringColumn(Schema[2], [.. _leftIds]),
        new Column<int>(Schema[3], [.. _rightRows]),
        new StringColumn(Schema[4], [.. _rightIds]),
        new StringColumn(Schema[5], [.. _stages]),
        new Column<double>(Schema[6], [.. _probabilities]),
    ]);
}
