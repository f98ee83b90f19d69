using System.Buffers;
using System.Runtime.InteropServices;
using Registry.Etl.Parquet.Encodings;

namespace Registry.Etl.Parquet.Reading;

/// <summary>Decodes INT32, INT64, FLOAT and DOUBLE values in any encoding the format allows for them.</summary>
internal static class FixedDecoding
{
    /// <returns>False when the encoding does not apply to the type.</returns>
    public static bool TryDecode<T>(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<T> output, T[]? dictionary, ParquetErrorLocation location)
        where T : unmanaged
    {
        switch (encoding)
        {
            case ParquetEncoding.Plain:
                PlainDecoder.ReadFixed(data, output, location);
                return true;
            case ParquetEncoding.PlainDictionary:
            case ParquetEncoding.RleDictionary:
                var indices = ArrayPool<int>.Shared.Rent(output.Length);
                try
                {
                    DictionaryIndices.Decode(data, indices.AsSpan(0, output.Length), dictionary?.Length ?? -1, location);
                    for (var i = 0; i < output.Length; i++)
                    {
                        output[i] = dictionary![indices[i]];
                    }
                }
                finally
                {
                    ArrayPool<int>.Shared.Return(indices);
                }

                return true;
            case ParquetEncoding.DeltaBinaryPacked when typeof(T) == typeof(int) || typeof(T) == typeof(long):
                var wide = ArrayPool<long>.Shared.Rent(Math.Max(output.Length, 1));
                try
                {
                    DeltaBinaryPackedDecoder.Decode(data, wide.AsSpan(0, output.Length), location);
                    if (typeof(T) == typeof(long))
                    {
                        wide.AsSpan(0, output.Length).CopyTo(MemoryMarshal.Cast<T, long>(output));
                    }
                    else
                    {
                        var ints = MemoryMarshal.Cast<T, int>(output);
                        for (var i = 0; i < ints.Length; i++)
                        {
                            ints[i] = unchecked((int)wide[i]);
                        }
                    }
                }
                finally
                {
                    ArrayPool<long>.Shared.Return(wide);
                }

                return true;
            case ParquetEncoding.ByteStreamSplit:
                ByteStreamSplitDecoder.Decode(data, output.Length, Marshal.SizeOf<T>(), MemoryMarshal.AsBytes(output), location);
                return true;
            default:
                return false;
        }
    }
}
