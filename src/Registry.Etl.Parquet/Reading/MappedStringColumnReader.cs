using Registry.Etl.Parquet.Encodings;
using System.Text.Unicode;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// A string column read as the ids a caller gives its values (<see cref="ParquetFileReader.ReadStringIds"/>):
/// each value is handed over as UTF-8 bytes and no string is made, so a filter can look at every row of a
/// national register's pseudonym column without allocating a string per row. Dictionary entries are mapped once.
/// </summary>
internal sealed class MappedStringColumnReader(ParquetField field, ParquetErrorLocation location, IStringNumbering numbering)
    : ByteArrayColumnReader<int>(field, location)
{
    protected override int Convert(ReadOnlySpan<byte> value)
    {
        CheckUtf8(value);
        return numbering.IdOf(value);
    }

    protected override bool ConvertAll(ByteArrayBatch batch, Span<int> output)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            CheckUtf8(batch[i]);
        }

        numbering.IdsOf(batch.Bytes, batch.Offsets, output);
        return true;
    }

    // the same check the string reader makes (it would fail the file on the same bytes)
    private void CheckUtf8(ReadOnlySpan<byte> value)
    {
        if (!Utf8.IsValid(value))
        {
            Throw.Format($"Corrupt page: column '{Field.Name}' holds a string that is not valid UTF-8", Location);
        }
    }

    protected override ParquetColumnData Wrap(int[] values, bool[]? validity) => ParquetColumnData.Int32(values, validity);
}
