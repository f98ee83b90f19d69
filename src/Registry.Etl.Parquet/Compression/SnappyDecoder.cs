using System.Buffers.Binary;

namespace Registry.Etl.Parquet.Compression;

/// <summary>
/// Raw Snappy block decoding (format_description.txt of google/snappy) into a buffer the caller owns. IronSnappy
/// returns a new array per page, and a 1 MB page then costs a large-object allocation the runtime zeroes and
/// the kernel maps in: reading the national LBZ's pseudonym columns allocated about 2 GB that way. Every length,
/// offset and the declared size are checked, so corrupt input fails with <see cref="InvalidDataException"/>
/// and never reads or writes outside the two buffers.
/// </summary>
internal static class SnappyDecoder
{
    /// <summary>The uncompressed length the block declares (its varint header), and the header's length.</summary>
    public static bool TryReadLength(ReadOnlySpan<byte> input, out int length, out int headerLength)
    {
        ulong value = 0;
        for (var i = 0; i < input.Length && i < 5; i++)
        {
            var b = input[i];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
            {
                headerLength = i + 1;
                length = value <= int.MaxValue ? (int)value : -1;
                return length >= 0;
            }
        }

        length = headerLength = 0;
        return false;
    }

    /// <summary>Decodes a block into <paramref name="output"/>, which must be exactly its declared length.</summary>
    public static void Decode(ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (!TryReadLength(input, out var declared, out var s) || declared != output.Length)
        {
            throw new InvalidDataException("the block header is invalid or does not match the expected length");
        }

        var d = 0;
        while (s < input.Length)
        {
            var tag = input[s++];
            int length, offset;
            switch (tag & 3)
            {
                case 0:
                    length = tag >> 2;
                    if (length >= 60)
                    {
                        var extra = length - 59; // 1..4 little-endian bytes hold the length - 1
                        if (input.Length - s < extra)
                        {
                            throw new InvalidDataException("a literal's length is cut off");
                        }

                        var n = 0u;
                        for (var k = 0; k < extra; k++)
                        {
                            n |= (uint)input[s + k] << (8 * k);
                        }

                        s += extra;
                        length = n >= int.MaxValue ? -1 : (int)n;
                    }

                    length++;
                    if (length <= 0 || length > input.Length - s || length > output.Length - d)
                    {
                        throw new InvalidDataException("a literal runs past the input or the output");
                    }

                    input.Slice(s, length).CopyTo(output[d..]);
                    s += length;
                    d += length;
                    continue;
                case 1:
                    if (s >= input.Length)
                    {
                        throw new InvalidDataException("a copy's offset is cut off");
                    }

                    length = 4 + ((tag >> 2) & 7);
                    offset = ((tag & 0xE0) << 3) | input[s++];
                    break;
                case 2:
                    if (input.Length - s < 2)
                    {
                        throw new InvalidDataException("a copy's offset is cut off");
                    }

                    length = 1 + (tag >> 2);
                    offset = BinaryPrimitives.ReadUInt16LittleEndian(input[s..]);
                    s += 2;
                    break;
                default:
                    if (input.Length - s < 4)
                    {
                        throw new InvalidDataException("a copy's offset is cut off");
                    }

                    length = 1 + (tag >> 2);
                    var wide = BinaryPrimitives.ReadUInt32LittleEndian(input[s..]);
                    offset = wide > int.MaxValue ? 0 : (int)wide;
                    s += 4;
                    break;
            }

            if (offset <= 0 || offset > d || length > output.Length - d)
            {
                throw new InvalidDataException("a copy refers outside the data decoded so far or runs past the output");
            }

            Copy(output, d, offset, length);
            d += length;
        }

        if (d != output.Length)
        {
            throw new InvalidDataException($"the block decodes to {d} bytes, not the declared {output.Length}");
        }
    }

    /// <summary>A back-reference: <paramref name="length"/> bytes from <paramref name="offset"/> back; it may overlap what it writes (a run).</summary>
    private static void Copy(Span<byte> output, int d, int offset, int length)
    {
        if (offset >= length)
        {
            output.Slice(d - offset, length).CopyTo(output[d..]);
            return;
        }

        // overlapping: the pattern of `offset` bytes repeats; copy it in doubling steps
        var source = d - offset;
        var done = 0;
        while (done < length)
        {
            var step = Math.Min(length - done, d + done - source);
            output.Slice(source, step).CopyTo(output[(d + done)..]);
            done += step;
        }
    }
}
