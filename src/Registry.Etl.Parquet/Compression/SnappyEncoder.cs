using System.Buffers;
using System.Buffers.Binary;

namespace Registry.Etl.Parquet.Compression;

/// <summary>
/// Raw Snappy block compression, the same algorithm (and so the same bytes) as IronSnappy's
/// <c>Snappy.Encode</c>, a port of golang/snappy's <c>encode_other.go</c>: 64 KiB blocks, a hash table of up to
/// 2^14 entries, literals and copies emitted as there. It differs only in memory: the hash table and the
/// scratch output are kept per thread instead of being allocated per block and per page, since writing a
/// national table compresses tens of thousands of pages.
/// </summary>
internal static class SnappyEncoder
{
    private const int MaxBlockSize = 65536;
    private const int InputMargin = 16 - 1;
    private const int MinNonLiteralBlockSize = 1 + 1 + InputMargin;
    private const int MaxTableSize = 1 << 14;
    private const int TableMask = MaxTableSize - 1;
    private const byte TagLiteral = 0x00;
    private const byte TagCopy1 = 0x01;
    private const byte TagCopy2 = 0x02;

    [ThreadStatic]
    private static ushort[]? t_table;

    /// <summary>The compressed block: the varint length of <paramref name="source"/>, then its elements.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> source)
    {
        var max = MaxEncodedLength(source.Length);
        var scratch = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var length = Encode(scratch, source);
            return scratch.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    private static int MaxEncodedLength(int sourceLength) => checked(32 + sourceLength + (sourceLength / 6));

    private static int Encode(Span<byte> destination, ReadOnlySpan<byte> source)
    {
        var d = PutUvarint(destination, (ulong)source.Length);
        var table = t_table ??= new ushort[MaxTableSize];
        while (source.Length > 0)
        {
            var block = source.Length > MaxBlockSize ? source[..MaxBlockSize] : source;
            source = source[block.Length..];
            d += block.Length < MinNonLiteralBlockSize
                ? EmitLiteral(destination[d..], block)
                : EncodeBlock(destination[d..], block, table);
        }

        return d;
    }

    private static int EncodeBlock(Span<byte> destination, ReadOnlySpan<byte> source, ushort[] table)
    {
        var shift = 32 - 8;
        var tableSize = 1 << 8;
        for (; tableSize < MaxTableSize && tableSize < source.Length; tableSize *= 2)
        {
            shift--;
        }

        // a fresh table per block, as the original: only the first tableSize entries are ever indexed
        Array.Clear(table, 0, tableSize);
        var sLimit = source.Length - InputMargin;
        var nextEmit = 0;
        var s = 1;
        var nextHash = Hash(Load32(source, s), shift);
        var d = 0;
        while (true)
        {
            var skip = 32;
            var nextS = s;
            int candidate;
            while (true)
            {
                s = nextS;
                var bytesBetweenHashLookups = skip >> 5;
                nextS = s + bytesBetweenHashLookups;
                skip += bytesBetweenHashLookups;
                if (nextS > sLimit)
                {
                    goto EmitRemainder;
                }

                candidate = table[nextHash & TableMask];
                table[nextHash & TableMask] = (ushort)s;
                nextHash = Hash(Load32(source, nextS), shift);
                if (Load32(source, s) == Load32(source, candidate))
                {
                    break;
                }
            }

            d += EmitLiteral(destination[d..], source[nextEmit..s]);
            while (true)
            {
                var start = s;
                s += 4;
                var i = candidate + 4;
                while (s < source.Length && source[i] == source[s])
                {
                    i++;
                    s++;
                }

                d += EmitCopy(destination[d..], start - candidate, s - start);
                nextEmit = s;
                if (s >= sLimit)
                {
                    goto EmitRemainder;
                }

                var x = Load64(source, s - 1);
                var prevHash = Hash((uint)x, shift);
                table[prevHash & TableMask] = (ushort)(s - 1);
                var currHash = Hash((uint)(x >> 8), shift);
                candidate = table[currHash & TableMask];
                table[currHash & TableMask] = (ushort)s;
                if ((uint)(x >> 8) != Load32(source, candidate))
                {
                    nextHash = Hash((uint)(x >> 16), shift);
                    s++;
                    break;
                }
            }
        }

    EmitRemainder:
        if (nextEmit < source.Length)
        {
            d += EmitLiteral(destination[d..], source[nextEmit..]);
        }

        return d;
    }

    private static int EmitLiteral(Span<byte> destination, ReadOnlySpan<byte> literal)
    {
        int i;
        var n = (uint)(literal.Length - 1);
        if (n < 60)
        {
            destination[0] = (byte)((n << 2) | TagLiteral);
            i = 1;
        }
        else if (n < 1 << 8)
        {
            destination[0] = (60 << 2) | TagLiteral;
            destination[1] = (byte)n;
            i = 2;
        }
        else
        {
            destination[0] = (61 << 2) | TagLiteral;
            destination[1] = (byte)n;
            destination[2] = (byte)(n >> 8);
            i = 3;
        }

        literal.CopyTo(destination[i..]);
        return i + literal.Length;
    }

    private static int EmitCopy(Span<byte> destination, int offset, int length)
    {
        var i = 0;
        while (length >= 68)
        {
            // a copy of 64, in 3 bytes
            destination[i] = (63 << 2) | TagCopy2;
            destination[i + 1] = (byte)offset;
            destination[i + 2] = (byte)(offset >> 8);
            i += 3;
            length -= 64;
        }

        if (length > 64)
        {
            // a copy of 60, in 3 bytes
            destination[i] = (59 << 2) | TagCopy2;
            destination[i + 1] = (byte)offset;
            destination[i + 2] = (byte)(offset >> 8);
            i += 3;
            length -= 60;
        }

        if (length >= 12 || offset >= 2048)
        {
            destination[i] = (byte)(((length - 1) << 2) | TagCopy2);
            destination[i + 1] = (byte)offset;
            destination[i + 2] = (byte)(offset >> 8);
            return i + 3;
        }

        destination[i] = (byte)(((offset >> 8) << 5) | ((length - 4) << 2) | TagCopy1);
        destination[i + 1] = (byte)offset;
        return i + 2;
    }

    private static int PutUvarint(Span<byte> destination, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i] = (byte)value;
        return i + 1;
    }

    private static uint Hash(uint u, int shift) => (u * 0x1e35a7bd) >> shift;

    private static uint Load32(ReadOnlySpan<byte> b, int i) => BinaryPrimitives.ReadUInt32LittleEndian(b[i..]);

    private static ulong Load64(ReadOnlySpan<byte> b, int i) => BinaryPrimitives.ReadUInt64LittleEndian(b[i..]);
}
