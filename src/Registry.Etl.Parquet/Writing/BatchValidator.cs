using System.Globalization;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Writing;

/// <summary>Checks a batch against the schema before any column is encoded, so a bad batch changes nothing.</summary>
internal static class BatchValidator
{
    public static void Validate(ParquetSchema schema, int rowCount, ReadOnlySpan<ParquetColumnData> columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        if (columns.Length != schema.Count)
        {
            Throw.Argument(string.Create(CultureInfo.InvariantCulture, $"Expected {schema.Count} columns, got {columns.Length}."), nameof(columns));
        }

        for (var c = 0; c < columns.Length; c++)
        {
            var field = schema[c];
            var data = columns[c];
            if (data is null)
            {
                Throw.Argument($"Column '{field.Name}' is missing.", nameof(columns));
            }

            if (data.Kind != field.ValueKind)
            {
                Throw.Argument($"Column '{field.Name}' ({field.LogicalTypeDisplay} {field.PhysicalTypeDisplay}) takes {field.ValueKind} values, got {data.Kind}.", nameof(columns));
            }

            if (data.Length < rowCount)
            {
                Throw.Argument(string.Create(CultureInfo.InvariantCulture, $"Column '{field.Name}' has {data.Length} values, the batch has {rowCount} rows."), nameof(columns));
            }

            if (!field.IsNullable)
            {
                CheckNoNulls(field, data, rowCount);
            }
        }
    }

    private static void CheckNoNulls(ParquetField field, ParquetColumnData data, int rowCount)
    {
        var row = data.HasValidity ? data.Validity.Span[..rowCount].IndexOf(false) : -1;
        if (row < 0)
        {
            row = data switch
            {
                ParquetColumnData<string?> s => s.Values.Span[..rowCount].IndexOf((string?)null),
                ParquetColumnData<byte[]?> b => IndexOfNull(b.Values.Span[..rowCount]),
                _ => -1,
            };
        }

        if (row >= 0)
        {
            Throw.Argument(string.Create(CultureInfo.InvariantCulture, $"Column '{field.Name}' is required but row {row} is null."), "columns");
        }
    }

    private static int IndexOfNull(ReadOnlySpan<byte[]?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                return i;
            }
        }

        return -1;
    }
}
