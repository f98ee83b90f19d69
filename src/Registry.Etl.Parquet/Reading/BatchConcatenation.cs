using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>Joins row-group batches into one batch per column.</summary>
internal static class BatchConcatenation
{
    public static ParquetBatch Concatenate(ParquetSchema schema, List<ParquetBatch> batches)
    {
        if (batches.Count == 1)
        {
            return batches[0];
        }

        var rows = 0;
        foreach (var batch in batches)
        {
            rows += batch.RowCount;
        }

        var columns = new ParquetColumnData[schema.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = schema[c].ValueKind switch
            {
                ParquetValueKind.Boolean => Join<bool>(batches, c, rows, static (v, m) => ParquetColumnData.Boolean(v, m)),
                ParquetValueKind.Int32 => Join<int>(batches, c, rows, static (v, m) => ParquetColumnData.Int32(v, m)),
                ParquetValueKind.Int64 => Join<long>(batches, c, rows, static (v, m) => ParquetColumnData.Int64(v, m)),
                ParquetValueKind.Float => Join<float>(batches, c, rows, static (v, m) => ParquetColumnData.Float(v, m)),
                ParquetValueKind.Double => Join<double>(batches, c, rows, static (v, m) => ParquetColumnData.Double(v, m)),
                ParquetValueKind.Decimal => Join<decimal>(batches, c, rows, static (v, m) => ParquetColumnData.Decimal(v, m)),
                ParquetValueKind.String => Join<string?>(batches, c, rows, static (v, m) => ParquetColumnData.String(v, m)),
                _ => Join<byte[]?>(batches, c, rows, static (v, m) => ParquetColumnData.Binary(v, m)),
            };
        }

        return new ParquetBatch(schema, rows, columns);
    }

    private static ParquetColumnData Join<T>(List<ParquetBatch> batches, int column, int rows, Func<T[], bool[]?, ParquetColumnData> wrap)
    {
        var values = new T[rows];
        bool[]? validity = null;
        var at = 0;
        foreach (var batch in batches)
        {
            var part = (ParquetColumnData<T>)batch[column];
            part.Values.Span.CopyTo(values.AsSpan(at));
            if (part.HasValidity)
            {
                validity ??= CreateValidity(rows, at);
                part.Validity.Span.CopyTo(validity.AsSpan(at));
            }
            else
            {
                validity?.AsSpan(at, part.Length).Fill(true);
            }

            at += part.Length;
        }

        return wrap(values, validity);
    }

    private static bool[] CreateValidity(int rows, int validUpTo)
    {
        var validity = new bool[rows];
        validity.AsSpan(0, validUpTo).Fill(true);
        return validity;
    }
}
