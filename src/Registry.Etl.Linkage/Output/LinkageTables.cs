using System.Globalization;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage.Output;

/// <summary>
/// A run's result as Core tables, the shape of the output files (pipelines/linkage/README.md lists every
/// column): pairs, review, clusters, m_u, weight_histogram, rules and summary. Records appear by id only
/// (the model's unique_id column, or the row number), never with their compared values.
/// </summary>
public static partial class LinkageTables
{
    /// <summary>Output names in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Names = ["pairs", "review", "clusters", "m_u", "weight_histogram", "rules", "summary"];

    /// <param name="result">The run's result.</param>
    /// <param name="left">The input (dedupe) or left input the run used.</param>
    /// <param name="right">The right input (link), or null.</param>
    public static IReadOnlyDictionary<string, Table> Build(LinkageResult result, Table left, Table? right)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(left);
        var leftIds = Ids(left, result.Model.UniqueId?.Left);
        var rightIds = right is null ? leftIds : Ids(right, result.Model.UniqueId?.Right);
        return new Dictionary<string, Table>(StringComparer.Ordinal)
        {
            ["pairs"] = Pairs(result, leftIds, rightIds, reviewOnly: false),
            ["review"] = Pairs(result, leftIds, rightIds, reviewOnly: true),
            ["clusters"] = Clusters(result, leftIds, rightIds),
            ["m_u"] = MuTable(result),
            ["weight_histogram"] = Histogram(result.Diagnostics.Histogram),
            ["rules"] = Rules(result.Diagnostics),
            ["summary"] = Summary(result),
        };
    }

    private static string[] Ids(Table table, string? column)
    {
        var ids = new string[table.RowCount];
        var c = column is null ? null : table.Schema.TryIndexOf(column, out var i) ? table[i]
            : Core.Throw.Configuration<Column>($"The unique_id column '{column}' is not in the input.");
        for (var row = 0; row < ids.Length; row++)
        {
            ids[row] = (c is null ? null : InputData.Text(c, row)) ?? row.ToString(CultureInfo.InvariantCulture);
        }

        return ids;
    }

    private static Table Pairs(LinkageResult result, string[] leftIds, string[] rightIds, bool reviewOnly)
    {
        var comparisons = result.Model.Comparisons;
        var columns = new List<ColumnSchema>
        {
            new("left_id", ColumnKind.String, false), new("right_id", ColumnKind.String, false),
            new("left_row", ColumnKind.Int32, false), new("right_row", ColumnKind.Int32, false),
            new("stage", ColumnKind.String, false), new("rule", ColumnKind.String, false),
            new("match_weight", ColumnKind.Double, false), new("match_probability", ColumnKind.Double, false),
            new("match", ColumnKind.Boolean, false), new("review", ColumnKind.Boolean, false),
        };
        foreach (var c in comparisons)
        {
            columns.Add(new($"level_{c.Name}", ColumnKind.Int32));
            columns.Add(new($"label_{c.Name}", ColumnKind.String));
            columns.Add(new($"weight_{c.Name}", ColumnKind.Double));
        }

        // built column by column: a national model writes millions of pairs, and a row of boxed values per
        // pair was a third of its output time
        var p = result.Pairs;
        var rows = reviewOnly ? [.. Enumerable.Range(0, p.Count).Where(i => p.Review[i])] : Enumerable.Range(0, p.Count).ToArray();
        var deterministic = rows.Select(i => p.Stage[i] == PairStage.Deterministic).ToArray();
        var anyDeterministic = Array.IndexOf(deterministic, true) >= 0;
        var schema = new TableSchema(columns);
        var built = new List<Column>
        {
            new StringColumn(schema[0], [.. rows.Select(i => leftIds[p.Left[i]])]),
            new StringColumn(schema[1], [.. rows.Select(i => rightIds[p.Right[i]])]),
            new Column<int>(schema[2], [.. rows.Select(i => p.Left[i])]),
            new Column<int>(schema[3], [.. rows.Select(i => p.Right[i])]),
            new StringColumn(schema[4], [.. deterministic.Select(d => d ? "deterministic" : "probabilistic")]),
            new StringColumn(schema[5], [.. rows.Select(i => p.Rule[i])]),
            new Column<double>(schema[6], [.. rows.Select((i, r) => deterministic[r] ? double.PositiveInfinity : p.Weight[i])]),
            new Column<double>(schema[7], [.. rows.Select(i => p.Probability[i])]),
            new Column<bool>(schema[8], [.. rows.Select(i => p.Match[i])]),
            new Column<bool>(schema[9], [.. rows.Select(i => p.Review[i])]),
        };
        var valid = anyDeterministic ? deterministic.Select(d => !d).ToArray() : null;
        for (var c = 0; c < comparisons.Count; c++)
        {
            var levels = new int[rows.Length];
            var labels = new string?[rows.Length];
            var weights = new double[rows.Length];
            for (var r = 0; r < rows.Length; r++)
            {
                if (!deterministic[r])
                {
                    levels[r] = p.Level(rows[r], c);
                    labels[r] = p.LevelLabel(rows[r], c);
                    weights[r] = p.Contribution(rows[r], c);
                }
            }

            built.Add(new Column<int>(schema[10 + (3 * c)], levels, valid?.ToArray()));
            built.Add(new StringColumn(schema[11 + (3 * c)], labels));
            built.Add(new Column<double>(schema[12 + (3 * c)], weights, valid?.ToArray()));
        }

        return new Table(schema, built);
    }
}
