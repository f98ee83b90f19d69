using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Tests.Support;

/// <summary>A column for a test: its field and its values with their validity.</summary>
internal sealed record TestColumn(ParquetField Field, ParquetColumnData Data)
{
    public int Length => Data.Length;

    public override string ToString() => $"{Field} x{Data.Length}";
}
