namespace Registry.Etl.Parquet.Encodings;

/// <summary>BYTE_STREAM_SPLIT (parquet-format Encodings.md): byte k of every value is stored in stream k.</summary>
internal static class ByteStreamSplitDecoder
{
    /// <summary>Reassembles <paramref name="count"/> values of <paramref name="width"/> bytes into <paramref name="output"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> data, int count, int width, Span<byte> output, ParquetErrorLocation location)
    {
        if ((long)count * width > data.Length || output.Length < count * width)
        {
            Throw.Format($"Corrupt page: BYTE_STREAM_SPLIT needs {(long)count * width} bytes for {count} values, the page has {data.Length}", location);
        }

        // Streams are count bytes apart: the page holds exactly the non-null values.
        var stride = count;
        for (var k = 0; k < width; k++)
        {
            var stream = data.Slice(k * stride, count);
            for (var i = 0; i < count; i++)
            {
                output[(i * width) + k] = stream[i];
            }
        }
    }
}
