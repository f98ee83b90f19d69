using System.Buffers;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY columns: values are decoded to bytes (PLAIN, dictionary,
/// DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY, BYTE_STREAM_SPLIT), then converted once each (strings,
/// byte arrays, decimals). Dictionary entries are converted once and shared by the rows that use them.
/// </summary>
internal abstract class ByteArrayColumnReader<T> : ColumnReader<T>, IDisposable
{
    private readonly ByteArrayBatch _batch = new();
    private readonly bool _fixed;
    private T[]? _dictionary;

    protected ByteArrayColumnReader(ParquetField field, ParquetErrorLocation location)
        : base(field, location)
    {
        _fixed = field.PhysicalType == ParquetPhysicalType.FixedLenByteArray;
    }

    public override bool HasDictionary => _dictionary is not null;

    /// <summary>Entries in the chunk's dictionary (0 before its dictionary page, or without one).</summary>
    protected int DictionaryLength => _dictionary?.Length ?? 0;

    public override void ReadDictionary(ReadOnlySpan<byte> data, int count)
    {
        var minimum = _fixed ? Field.TypeLength : 4;
        if ((long)count * minimum > data.Length)
        {
            Throw.Format($"Corrupt dictionary page: {count} entries do not fit in {data.Length} bytes", Location);
        }

        _batch.Clear();
        DecodePlain(data, count);
        _dictionary = new T[count];
        for (var i = 0; i < count; i++)
        {
            _dictionary[i] = Convert(_batch[i]);
        }
    }

    public override void ReadValues(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count, int destination)
    {
        var output = Values.AsSpan(destination, count);
        if (encoding is ParquetEncoding.PlainDictionary or ParquetEncoding.RleDictionary)
        {
            var indices = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
            try
            {
                DictionaryIndices.Decode(data, indices.AsSpan(0, count), _dictionary?.Length ?? -1, Location);
                for (var i = 0; i < count; i++)
                {
                    output[i] = Share(_dictionary![indices[i]]);
                }

                KeepEntries(indices.AsSpan(0, count), destination);
            }
            finally
            {
                ArrayPool<int>.Shared.Return(indices);
            }

            return;
        }

        KeepEntries(default, destination, count);
        _batch.Clear();
        switch (encoding)
        {
            case ParquetEncoding.Plain:
                DecodePlain(data, count);
                break;
            case ParquetEncoding.DeltaLengthByteArray when !_fixed:
                DeltaByteArrayDecoder.DecodeLengthPrefixed(data, count, _batch, Location);
                break;
            case ParquetEncoding.DeltaByteArray:
                DeltaByteArrayDecoder.DecodeIncremental(data, count, _batch, Location);
                break;
            case ParquetEncoding.ByteStreamSplit when _fixed:
                var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(count * Field.TypeLength, 1));
                try
                {
                    ByteStreamSplitDecoder.Decode(data, count, Field.TypeLength, bytes, Location);
                    PlainDecoder.ReadFixedLenByteArrays(bytes.AsSpan(0, count * Field.TypeLength), count, Field.TypeLength, _batch, Location);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(bytes);
                }

                break;
            default:
                NotSupportedEncoding(encoding);
                break;
        }

        if (_batch.Count != count)
        {
            Throw.Format($"Corrupt page: decoded {_batch.Count} values where the page holds {count}", Location);
        }

        var wanted = Wanted.Span;
        if (wanted.IsEmpty && !_fixed && ConvertAll(_batch, output))
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var value = _batch[i];
            if (_fixed && value.Length != Field.TypeLength)
            {
                Throw.Format($"Corrupt page: a value of {value.Length} bytes in a FIXED_LEN_BYTE_ARRAY({Field.TypeLength}) column", Location);
            }

            output[i] = wanted.IsEmpty || wanted[i] ? Convert(value) : default!;
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _batch.Dispose();
        }
    }

    /// <summary>
    /// Called for each page's dense values: with the dictionary <paramref name="entries"/> they came from, or with none
    /// (<paramref name="count"/> values not from the dictionary). For readers that give the entries to the caller.
    /// </summary>
    protected virtual void KeepEntries(ReadOnlySpan<int> entries, int destination, int count = 0)
    {
    }

    /// <summary>The value for one row from a dictionary entry (byte arrays are copied so rows never share a mutable array).</summary>
    protected virtual T Share(T entry) => entry;

    protected abstract T Convert(ReadOnlySpan<byte> value);

    /// <summary>Every value of a page at once, when a reader has a faster way than one <see cref="Convert"/> each; false when it has none.</summary>
    protected virtual bool ConvertAll(ByteArrayBatch batch, Span<T> output) => false;

    private void DecodePlain(ReadOnlySpan<byte> data, int count)
    {
        if (_fixed)
        {
            PlainDecoder.ReadFixedLenByteArrays(data, count, Field.TypeLength, _batch, Location);
        }
        else
        {
            PlainDecoder.ReadByteArrays(data, count, _batch, Location);
        }
    }
}
