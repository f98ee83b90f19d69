using System.Buffers;
using System.Buffers.Binary;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>BOOLEAN columns: PLAIN (bit-packed) or RLE (length-prefixed hybrid, bit width 1; data page v2's default).</summary>
internal sealed class BooleanColumnReader : ColumnReader<bool>
{
    private bool[]? _dictionary;

    public BooleanColumnReader(ParquetField field, ParquetErrorLocation location)
        : base(field, location)
    {
    }

    public override bool HasDictionary => _dictionary is not null;

    public override void ReadDictionary(ReadOnlySpan<byte> data, int count)
    {
        if ((count + 7L) / 8 > data.Length)
        {
            Throw.Format($"Corrupt dictionary page: {count} booleans do not fit in {data.Length} bytes", Location);
        }

        _dictionary = new bool[count];
        PlainDecoder.ReadBooleans(data, _dictionary, Location);
    }

    public override void ReadValues(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count, int destination)
    {
        var output = Values.AsSpan(destination, count);
        switch (encoding)
        {
            case ParquetEncoding.Plain:
                PlainDecoder.ReadBooleans(data, output, Location);
                break;
            case ParquetEncoding.Rle:
                if (data.Length < 4)
                {
                    Throw.Format("Corrupt page: RLE booleans have no length prefix", Location);
                }

                var length = BinaryPrimitives.ReadInt32LittleEndian(data);
                if (length < 0 || length > data.Length - 4)
                {
                    Throw.Format($"Corrupt page: RLE booleans claim {length} bytes, {data.Length - 4} remain", Location);
                }

                DecodeBits(data.Slice(4, length), output, 1, null);
                break;
            case ParquetEncoding.PlainDictionary:
            case ParquetEncoding.RleDictionary:
                DecodeBits(data, output, -1, _dictionary);
                break;
            default:
                NotSupportedEncoding(encoding);
                break;
        }
    }

    protected override ParquetColumnData Wrap(bool[] values, bool[]? validity) => ParquetColumnData.Boolean(values, validity);

    private void DecodeBits(ReadOnlySpan<byte> data, Span<bool> output, int bitWidth, bool[]? dictionary)
    {
        var ints = ArrayPool<int>.Shared.Rent(Math.Max(output.Length, 1));
        try
        {
            var span = ints.AsSpan(0, output.Length);
            if (bitWidth < 0)
            {
                DictionaryIndices.Decode(data, span, dictionary?.Length ?? -1, Location);
            }
            else
            {
                new RleHybridDecoder(data, bitWidth, Location).ReadExactly(span, "RLE booleans");
            }

            for (var i = 0; i < output.Length; i++)
            {
                output[i] = dictionary is null ? span[i] != 0 : dictionary[span[i]];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ints);
        }
    }
}
