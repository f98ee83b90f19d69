using Registry.Etl.Core.Data;

namespace Registry.Etl.Pipeline.Linkage;

/// <summary>Writes one table as one file (the linkage outputs are a set of such files).</summary>
public interface ITableFileWriter
{
    /// <summary>File extension including the dot, e.g. ".parquet".</summary>
    string Extension { get; }

    void Write(Table table, string path);
}
