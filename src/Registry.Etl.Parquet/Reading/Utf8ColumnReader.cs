using System.Text.Unicode;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// A string column chunk as UTF-8 slices of one byte array (<see cref="ParquetUtf8Data"/>): each PLAIN value's
/// bytes are copied once into the array and no string is made; a dictionary entry is copied once and its rows
/// share its slice. The bytes are checked as the string reader checks them, so a file fails on the same values.
/// A chunk with a dictionary also gives each row's entry (<see cref="ParquetUtf8Data.Entries"/>), so a writer maps
/// an entry to its own dictionary once instead of hashing the bytes of every row.
/// </summary>
internal sealed class Utf8ColumnReader(ParquetField field, ParquetErrorLocation location)
    : ByteArrayColumnReader<Utf8Slice>(field, location)
{
    private byte[] _bytes = new byte[4096];
    private int _length;

    // per row, the dictionary entry its value came from (-1: a PLAIN value or a null); null until a dictionary page
    private int[]? _entries;

    public override void EnsureCapacity(int total)
    {
        base.EnsureCapacity(total);
        if (_entries is not null && _entries.Length < Values.Length)
        {
            Array.Resize(ref _entries, Values.Length);
        }
    }

    public override void Scatter(int start, int nonNull, ReadOnlySpan<int> levels)
    {
        base.Scatter(start, nonNull, levels);
        if (_entries is null || nonNull == levels.Length)
        {
            return;
        }

        // as the base moves the values: from the dense end down, so nothing is overwritten before it moves
        var from = start + nonNull - 1;
        for (var i = levels.Length - 1; i >= 0; i--)
        {
            _entries[start + i] = levels[i] != 0 ? _entries[from--] : -1;
        }
    }

    protected override void KeepEntries(ReadOnlySpan<int> entries, int destination, int count = 0)
    {
        if (_entries is null)
        {
            if (entries.IsEmpty)
            {
                return;
            }

            _entries = new int[Values.Length];
            _entries.AsSpan().Fill(-1);
        }

        if (entries.IsEmpty)
        {
            _entries.AsSpan(destination, count).Fill(-1);
        }
        else
        {
            entries.CopyTo(_entries.AsSpan(destination));
        }
    }

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

    protected override ParquetColumnData Wrap(Utf8Slice[] values, bool[]? validity) =>
        _entries is null
            ? new ParquetUtf8Data(_bytes, values, validity)
            : new ParquetUtf8Data(_bytes, values, validity, _entries.AsMemory(0, values.Length), DictionaryLength);
}
