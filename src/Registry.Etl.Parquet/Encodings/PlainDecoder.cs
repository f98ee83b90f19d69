using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Registry.Etl.Parquet.Encodings;

/// <summary>PLAIN decoding (parquet-format Encodings.md), bounds-checked against the page's bytes.</summary>
internal static class PlainDecoder
{
    public static void ReadFixed<T>(ReadOnlySpan<byte> data, Span<T> output, ParquetErrorLocation location)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(output);
        if ((long)bytes.Length > data.Length)
        {
            Throw.Format($"Corrupt page: {output.Length} PLAIN values need {bytes.Length} bytes, the page has {data.Length}", location);
        }

        data[..bytes.Length].CopyTo(bytes);
    }

    public static void ReadBooleans(ReadOnlySpan<byte> data, Span<bool> output, ParquetErrorLocation location)
    {
        if ((output.Length + 7L) / 8 > data.Length)
        {
            Throw.Format($"Corrupt page: {output.Length} PLAIN booleans need {(output.Length + 7) / 8} bytes, the page has {data.Length}", location);
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = ((data[i >> 3] >> (i & 7)) & 1) != 0;
        }
    }

    /// <summary>INT96 legacy timestamps: 8 bytes nanoseconds of the day, 4 bytes Julian day; returns nanoseconds since the epoch.</summary>
    public static void ReadInt96(ReadOnlySpan<byte> data, Span<long> output, ParquetErrorLocation location)
    {
        if (output.Length * 12L > data.Length)
        {
            Throw.Format($"Corrupt page: {output.Length} INT96 values need {output.Length * 12L} bytes, the page has {data.Length}", location);
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = Int96ToNanos(data.Slice(i * 12, 12));
        }
    }

    public static long Int96ToNanos(ReadOnlySpan<byte> value)
    {
        const long JulianEpochDay = 2440588;
        const long NanosPerDay = 86_400_000_000_000;
        var nanos = BinaryPrimitives.ReadInt64LittleEndian(value);
        var julianDay = BinaryPrimitives.ReadInt32LittleEndian(value[8..]);
        return unchecked(((julianDay - JulianEpochDay) * NanosPerDay) + nanos);
    }

    /// <summary>BYTE_ARRAY: a 4-byte little-endian length before each value. Returns the bytes consumed.</summary>
    public static int ReadByteArrays(ReadOnlySpan<byte> data, int count, ByteArrayBatch output, ParquetErrorLocation location)
    {
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            if (data.Length - position < 4)
            {
                Throw.Format($"Corrupt page: BYTE_ARRAY value {i} of {count} has no length", location);
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
            position += 4;
            if (length < 0 || length > data.Length - position)
            {
                Throw.Format($"Corrupt page: BYTE_ARRAY value {i} claims {length} bytes, {data.Length - position} remain", location);
            }

            output.Add(data.Slice(position, length));
            position += length;
        }

        return position;
    }

    public static void ReadFixedLenByteArrays(ReadOnlySpan<byte> data, int count, int typeLength, ByteArrayBatch output, ParquetErrorLocation location)
    {
        if ((long)count * typeLength > data.Length)
        {
            Throw.Format($"Corrupt page: {count} FIXED_LEN_BYTE_ARRAY({typeLength}) values need {(long)count * typeLength} bytes, the page has {data.Length}", location);
        }

        for (var i = 0; i < count; i++)
        {
            output.Add(data.Slice(i * typeLength, typeLength));
        }
    }
}
