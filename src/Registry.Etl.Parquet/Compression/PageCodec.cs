using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Registry.Etl.Parquet.Compression;

/// <summary>
/// Page compression: UNCOMPRESSED, SNAPPY (raw Snappy blocks: encoded by <see cref="SnappyEncoder"/>, the same bytes as IronSnappy, decoded by <see cref="SnappyDecoder"/>; as parquet-format
/// Compression.md specifies) and GZIP (RFC 1952, BCL). Decompression never allocates more than the
/// page header's uncompressed size, and that size is checked against the codec's maximum expansion.
/// </summary>
internal static class PageCodec
{
    // Snappy's densest element is a 3-byte copy of 64 bytes (~21.3x); deflate's is ~1032x (zlib tech notes).
    private const int SnappyMaxRatio = 22;
    private const int DeflateMaxRatio = 1040;

    public static byte[] Compress(ParquetCompression codec, ReadOnlySpan<byte> input, CompressionLevel gzipLevel)
    {
        switch (codec)
        {
            case ParquetCompression.Uncompressed:
                return input.ToArray();
            case ParquetCompression.Snappy:
                return SnappyEncoder.Encode(input);
            case ParquetCompression.Gzip:
                using (var output = new MemoryStream(input.Length / 3 + 64))
                {
                    using (var gzip = new GZipStream(output, gzipLevel, leaveOpen: true))
                    {
                        gzip.Write(input);
                    }

                    return output.ToArray();
                }

            default:
                return Throw.NotSupported<byte[]>($"Writing {Name(codec)} compression is not supported (use SNAPPY, GZIP or UNCOMPRESSED)");
        }
    }

    /// <summary>
    /// Decompresses a page body into exactly <paramref name="uncompressedSize"/> bytes. A SNAPPY page is decoded
    /// into <paramref name="scratch"/> (rented from the shared pool, grown when too small; the caller returns it
    /// with <see cref="ReturnScratch"/>), so the result is valid until the next call with the same scratch.
    /// </summary>
    public static ReadOnlyMemory<byte> Decompress(ParquetCompression codec, ReadOnlyMemory<byte> input, int uncompressedSize, ParquetErrorLocation location, ref byte[]? scratch)
    {
        switch (codec)
        {
            case ParquetCompression.Uncompressed:
                if (input.Length != uncompressedSize)
                {
                    Throw.Format($"Corrupt page: an uncompressed page of {input.Length} bytes declares {uncompressedSize} bytes", location);
                }

                return input;
            case ParquetCompression.Snappy:
                CheckRatio(input.Length, uncompressedSize, SnappyMaxRatio, "SNAPPY", location);
                return DecodeSnappy(input.Span, uncompressedSize, location, ref scratch);
            case ParquetCompression.Gzip:
                CheckRatio(input.Length, uncompressedSize, DeflateMaxRatio, "GZIP", location);
                return DecodeGzip(input, uncompressedSize, location);
            default:
                return Throw.NotSupported<ReadOnlyMemory<byte>>($"{Name(codec)} compression is not supported (supported: SNAPPY, GZIP, UNCOMPRESSED)", location);
        }
    }

    /// <summary>Gives a scratch buffer of <see cref="Decompress(ParquetCompression, ReadOnlyMemory{byte}, int, ParquetErrorLocation, ref byte[])"/> back to the pool.</summary>
    public static void ReturnScratch(ref byte[]? scratch)
    {
        if (scratch is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(scratch);
            scratch = null;
        }
    }

    public static string Name(ParquetCompression codec) => ParquetNames.Of(codec);

    private static void CheckRatio(int compressed, int uncompressed, int ratio, string codec, ParquetErrorLocation location)
    {
        if (uncompressed > ((long)compressed * ratio) + 1024)
        {
            Throw.Format($"Corrupt page: {compressed} {codec}-compressed bytes cannot expand to the declared {uncompressed} bytes", location);
        }
    }

    private static ReadOnlyMemory<byte> DecodeSnappy(ReadOnlySpan<byte> input, int uncompressedSize, ParquetErrorLocation location, ref byte[]? scratch)
    {
        // The block starts with the uncompressed length as a varint: check it before any buffer is sized by it.
        if (!SnappyDecoder.TryReadLength(input, out var declared, out _))
        {
            return Throw.Format<ReadOnlyMemory<byte>>("Corrupt page: the SNAPPY block header is invalid", location);
        }

        if (declared != uncompressedSize)
        {
            Throw.Format($"Corrupt page: the SNAPPY block holds {declared} bytes, the page header declares {uncompressedSize}", location);
        }

        if (scratch is null || scratch.Length < uncompressedSize)
        {
            ReturnScratch(ref scratch);
            scratch = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(uncompressedSize, 1));
        }

        try
        {
            SnappyDecoder.Decode(input, scratch.AsSpan(0, uncompressedSize));
            return scratch.AsMemory(0, uncompressedSize);
        }
        catch (InvalidDataException e)
        {
            return Throw.Format<ReadOnlyMemory<byte>>($"Corrupt page: SNAPPY data cannot be decoded ({e.Message})", location, e);
        }
    }

    private static byte[] DecodeGzip(ReadOnlyMemory<byte> input, int uncompressedSize, ParquetErrorLocation location)
    {
        var output = new byte[uncompressedSize];
        try
        {
            using var source = MemoryMarshal.TryGetArray(input, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(input.ToArray(), writable: false);
            using var gzip = new GZipStream(source, CompressionMode.Decompress);
            var read = 0;
            while (read < uncompressedSize)
            {
                var n = gzip.Read(output, read, uncompressedSize - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            Span<byte> extra = stackalloc byte[1];
            if (read != uncompressedSize || gzip.Read(extra) != 0)
            {
                Throw.Format($"Corrupt page: GZIP data does not decompress to the declared {uncompressedSize} bytes", location);
            }
        }
        catch (InvalidDataException e)
        {
            Throw.Format($"Corrupt page: GZIP data cannot be decoded ({e.Message})", location, e);
        }

        return output;
    }
}
