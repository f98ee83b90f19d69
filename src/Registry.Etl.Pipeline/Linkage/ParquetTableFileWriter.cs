using Registry.Etl.Core.Data;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Linkage;

/// <summary>
/// Writes the linkage outputs as Parquet through <see cref="TableParquet"/> (the project's one type mapping
/// and deterministic bytes), with the model's name and hash as key-value metadata so a file says which
/// model produced it.
/// </summary>
public sealed class ParquetTableFileWriter(IReadOnlyDictionary<string, string> metadata) : ITableFileWriter
{
    public string Extension => ".parquet";

    public void Write(Table table, string path) => TableParquet.Write(table, path, metadata);
}
