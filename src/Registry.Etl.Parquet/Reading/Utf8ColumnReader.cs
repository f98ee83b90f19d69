using System.Text.Unicode;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// A string column chunk as UTF-8 slices of one byte array (<see cref="ParquetUtf8Data"/>): each PLAIN value's
/// bytes are copied once into the array and no string is made; a dictionary entry is copied once and its rows
/// share its slice. The bytes are checked as the string reader checks them, so a file fails on the same values.
/// </summary>
internal sealed class Utf8ColumnReader(ParquetField field, ParquetErrorLocation location)
    : ByteArrayColumnReader<Utf8Slice>(field, location)
{
    private byte[] _bytes = new byte[4096];
    private int _length;

    protected override Utf8Slice Convert(ReadOnlySpan<byte> value)
    {
        if (!Utf8.IsValid(value))
        {
            return Throw.Format<Utf8Slice>($"Corrupt page: column '{Field.Name}' holds a string that is not valid UTF-8", Location);
        }

        if (_bytes.Length - _length < value.Length)
        {
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(_length + (long)value.Length, _bytes.Length * 2L)));
        }

        value.CopyTo(_bytes.AsSpan(_length));
        var slice = new Utf8Slice(_length, value.Length);
        _length += value.Length;
        return slice;
    }

    protected override ParquetColumnData Wrap(Utf8Slice[] values, bool[]? validity) => new ParquetUtf8Data(_bytes, values, validity);
}
