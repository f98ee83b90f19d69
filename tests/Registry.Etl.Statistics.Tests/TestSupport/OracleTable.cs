using System.Globalization;

namespace Registry.Etl.Statistics.Tests.TestSupport;

/// <summary>
/// A CSV file of the oracle (header row, comma-separated, no quoting, NA = missing), read from the copy in
/// TestData next to the test assembly.
/// </summary>
internal sealed class OracleTable
{
    private readonly Dictionary<string, int> _columns;

    private OracleTable(string name, string[] header, List<string[]> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static OracleTable Load(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", relativePath);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            Assert.True(row.Length == header.Length, $"{relativePath} line {i + 2}: {row.Length} fields, header has {header.Length}.");
        }

        return new OracleTable(relativePath, header, rows);
    }

    public string Text(string[] row, string column) => row[Index(column)];

    public double Number(string[] row, string column)
    {
        var text = Text(row, column);
        return text == "NA" ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public long Integer(string[] row, string column) => long.Parse(Text(row, column), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public int Index(string column) =>
        _columns.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"{Name} has no column '{column}'.");
}
