using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Support;

/// <summary>Writes test columns to Parquet bytes and reads them back.</summary>
internal static class ParquetTestFiles
{
    /// <summary>Writes the columns in batches of <paramref name="batchSizes"/> rows (cycled), or one batch.</summary>
    public static byte[] Write(IReadOnlyList<TestColumn> columns, ParquetWriterOptions? options = null, IReadOnlyList<int>? batchSizes = null)
    {
        var schema = new ParquetSchema(columns.Select(c => c.Field));
        var rows = columns.Count == 0 ? 0 : columns[0].Length;
        using var stream = new MemoryStream();
        using (var writer = new ParquetFileWriter(stream, schema, options, leaveOpen: true))
        {
            var start = 0;
            var b = 0;
            while (start < rows)
            {
                var n = batchSizes is { Count: > 0 } ? Math.Max(1, Math.Min(batchSizes[b++ % batchSizes.Count], rows - start)) : rows - start;
                var slice = columns.Select(c => Slice(c.Data, start, n)).ToArray();
                writer.WriteBatch(n, slice);
                start += n;
            }

            writer.Complete();
        }

        return stream.ToArray();
    }

    public static ParquetFileReader Open(byte[] bytes) => new(new MemoryStream(bytes, writable: false), sourceName: "test.parquet");

    public static ParquetBatch ReadAll(byte[] bytes)
    {
        using var reader = Open(bytes);
        return reader.ReadAll();
    }

    public static ParquetColumnData Slice(ParquetColumnData data, int start, int count) => data switch
    {
        ParquetColumnData<bool> d => ParquetColumnData.Boolean(d.Values.Slice(start, count), SliceValidity(d, start, count)),
        ParquetColumnData<int> d => ParquetColumnData.Int32(d.Values.Slice(start, count), SliceValidity(d, start, count)),
        ParquetColumnData<long> d => ParquetColumnData.Int64(d.Values.Slice(start, count), SliceValidity(d, start, count)),
        ParquetColumnData<float> d => ParquetColumnData.Float(d.Values.Slice(start, count), SliceValidity(d, start, count)),
        ParquetColumnData<double> d => ParquetColumnData.Double(d.Values.Slice(start, count), SliceValidity(d, start, count)),
        ParquetColumnData<decimal> d => ParquetColumnData.Decimal(d.Values.Slice(start, count), SliceValidity(d, start, count)),
        ParquetColumnData<string?> d => ParquetColumnData.String(d.Values.Slice(start, count), SliceValidity(d, start, count)),
        ParquetColumnData<byte[]?> d => ParquetColumnData.Binary(d.Values.Slice(start, count), SliceValidity(d, start, count)),
        _ => throw new ArgumentException("unknown column data", nameof(data)),
    };

    private static ReadOnlyMemory<bool> SliceValidity(ParquetColumnData data, int start, int count) =>
        data.HasValidity ? data.Validity.Slice(start, count) : default;
}
