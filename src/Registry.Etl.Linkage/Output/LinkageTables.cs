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

        var p = result.Pairs;
        var b = new TableBuilder(new TableSchema(columns), p.Count);
        var values = new object?[columns.Count];
        for (var i = 0; i < p.Count; i++)
        {
            if (reviewOnly && !p.Review[i])
            {
                continue;
            }

            var deterministic = p.Stage[i] == PairStage.Deterministic;
            values[0] = leftIds[p.Left[i]];
            values[1] = rightIds[p.Right[i]];
            values[2] = p.Left[i];
            values[3] = p.Right[i];
            values[4] = deterministic ? "deterministic" : "probabilistic";
            values[5] = p.Rule[i];
            values[6] = deterministic ? double.PositiveInfinity : p.Weight[i];
            values[7] = p.Probability[i];
            values[8] = p.Match[i];
            values[9] = p.Review[i];
            for (var c = 0; c < comparisons.Count; c++)
            {
                values[10 + (3 * c)] = deterministic ? null : p.Level(i, c);
                values[11 + (3 * c)] = deterministic ? null : p.LevelLabel(i, c);
                values[12 + (3 * c)] = deterministic ? null : p.Contribution(i, c);
            }

            b.AddRow(values);
        }

        return b.Build();
    }
}
