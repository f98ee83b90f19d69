using Registry.Etl.Core.Data;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>
/// The artifact <c>ingest/&lt;source&gt;</c>: the source's standardised, resolved Parquet file as ingest
/// wrote it in the run's data folder. Later stages read the columns (and rows) they need from it instead of
/// sharing one in-memory table of every column, which at national scale (twenty million LBZ admissions)
/// would not fit. Row numbers are the file's, so links and datasets can refer to rows across stages.
/// </summary>
public sealed class IngestedSource
{
    public IngestedSource(string source, string path, TableSchema schema, long rowCount)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(schema);
        Source = source;
        Path = path;
        Schema = schema;
        RowCount = rowCount;
    }

    public string Source { get; }

    /// <summary>The Parquet file (absolute path in the run's staging folder).</summary>
    public string Path { get; }

    public TableSchema Schema { get; }

    public long RowCount { get; }

    /// <summary>
    /// What the file's content is made from (the resolved-source cache key: export files, contracts, pseudonym key,
    /// build), so a later stage can tell that a source is the same as in an earlier run without reading it; null
    /// when it was not recorded (no cache), and then nothing is reused on its account.
    /// </summary>
    public string? ContentKey { get; init; }

    public bool Has(string column) => Schema.TryIndexOf(column, out _);

    /// <summary>Every column of every row (for the small hospital sources).</summary>
    public Table ReadAll() => ParquetTableReader.Read(Path, [.. Schema.Select(c => c.Name)]);

    /// <summary>The named columns of every row, in that order.</summary>
    public Table Read(IReadOnlyList<string> columns) => ParquetTableReader.Read(Path, columns);

    /// <summary>The named columns of the rows <paramref name="keep"/> chooses per row group (given with its first row number), with their row numbers.</summary>
    public (Table Table, int[] Rows) Read(IReadOnlyList<string> columns, Func<Table, int, bool[]> keep) =>
        ParquetTableReader.Read(Path, columns, keep);

    /// <summary>
    /// The named columns of the rows <paramref name="choose"/> picks per row group (given the open file, the group
    /// and its first row number; it reads what it needs), with their row numbers; strings are made for those rows only.
    /// </summary>
    public (Table Table, int[] Rows) Read(IReadOnlyList<string> columns, Func<ParquetFileReader, int, int, bool[]> choose) =>
        ParquetTableReader.Read(Path, columns, choose);
}
