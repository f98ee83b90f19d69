using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// <c>linkage/link_rates.parquet</c>: per model, source pair and hospital of the left record (and a row
/// with a null hospital for the source as a whole) how many records linked and how many of the links the
/// model itself expects to be false (the sum of 1 - p over accepted links; deterministic links count as
/// sure). A hospital whose records link badly would otherwise look better or worse than it is.
/// </summary>
public sealed class LinkRates
{
    public static readonly TableSchema Schema = new([
        new ColumnSchema("model", ColumnKind.String, false),
        new ColumnSchema("left_source", ColumnKind.String, false),
        new ColumnSchema("right_source", ColumnKind.String, false),
        new ColumnSchema("hospital", ColumnKind.String),
        new ColumnSchema("records", ColumnKind.Int64, false),
        new ColumnSchema("linked_records", ColumnKind.Int64, false),
        new ColumnSchema("link_rate", ColumnKind.Double),
        new ColumnSchema("links", ColumnKind.Int64, false),
        new ColumnSchema("expected_false_links", ColumnKind.Double, false),
        new ColumnSchema("estimated_false_match_rate", ColumnKind.Double),
    ]);

    private readonly TableBuilder _builder = new(Schema, 64);

    public void Add(string model, string leftSource, string rightSource, Table left, LinkageResult result)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(result);
        var hospital = left.Schema.Contains("hospital") ? left["hospital"] : null;
        var linksPerRow = new int[left.RowCount];
        var falsePerRow = new double[left.RowCount];
        var p = result.Pairs;
        for (var i = 0; i < p.Count; i++)
        {
            if (p.Match[i])
            {
                linksPerRow[p.Left[i]]++;
                falsePerRow[p.Left[i]] += p.Stage[i] == PairStage.Deterministic ? 0 : 1 - p.Probability[i];
            }
        }

        var groups = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var total = new Tally();
        for (var row = 0; row < left.RowCount; row++)
        {
            total.Add(linksPerRow[row], falsePerRow[row]);
            if (hospital?.GetValue(row) is string h)
            {
                if (!groups.TryGetValue(h, out var t))
                {
                    groups[h] = t = new Tally();
                }

                t.Add(linksPerRow[row], falsePerRow[row]);
            }
        }

        AddRow(model, leftSource, rightSource, null, total);
        foreach (var (h, t) in groups)
        {
            AddRow(model, leftSource, rightSource, h, t);
        }
    }

    public Table Build() => _builder.Build();

    private void AddRow(string model, string leftSource, string rightSource, string? hospital, Tally t) =>
        _builder.AddRow(
            model, leftSource, rightSource, hospital, t.Records, t.Linked, t.Records == 0 ? null : (double)t.Linked / t.Records,
            t.Links, t.ExpectedFalse, t.Links == 0 ? null : t.ExpectedFalse / t.Links);

    private sealed class Tally
    {
        public long Records { get; private set; }

        public long Linked { get; private set; }

        public long Links { get; private set; }

        public double ExpectedFalse { get; private set; }

        public void Add(int links, double expectedFalse)
        {
            Records++;
            Linked += links > 0 ? 1 : 0;
            Links += links;
            ExpectedFalse += expectedFalse;
        }
    }
}
