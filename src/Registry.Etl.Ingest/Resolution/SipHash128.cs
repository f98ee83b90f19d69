using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Registry.Etl.Ingest.Resolution;

/// <summary>
/// SipHash-2-4 with a 128-bit output (Aumasson and Bernstein; the reference implementation's <c>siphash.c</c>
/// with <c>outlen</c> 16): a keyed pseudorandom function, fast on short inputs. Checked against the reference
/// vectors (<c>vectors_sip128</c> of the reference repository's <c>vectors.h</c>).
/// </summary>
public static class SipHash128
{
    /// <summary>The tag of <paramref name="data"/> under the key (<paramref name="k0"/>, <paramref name="k1"/>): the key's 16 bytes read as two little-endian words.</summary>
    public static (ulong Lo, ulong Hi) Hash(ReadOnlySpan<byte> data, ulong k0, ulong k1)
    {
        var v0 = 0x736f6d6570736575UL ^ k0;
        var v1 = 0x646f72616e646f6dUL ^ k1 ^ 0xee;
        var v2 = 0x6c7967656e657261UL ^ k0;
        var v3 = 0x7465646279746573UL ^ k1;
        var length = data.Length;
        var whole = length & ~7;
        for (var i = 0; i < whole; i += 8)
        {
            var m = BinaryPrimitives.ReadUInt64LittleEndian(data[i..]);
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }

        // the last 0-7 bytes, little-endian, with the length's low byte on top
        var b = (ulong)length << 56;
        var tail = data[whole..];
        for (var i = 0; i < tail.Length; i++)
        {
            b |= (ulong)tail[i] << (8 * i);
        }

        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xee;
        for (var i = 0; i < 4; i++)
        {
            Round(ref v0, ref v1, ref v2, ref v3);
        }

        var lo = v0 ^ v1 ^ v2 ^ v3;
        v1 ^= 0xdd;
        for (var i = 0; i < 4; i++)
        {
            Round(ref v0, ref v1, ref v2, ref v3);
        }

        return (lo, v0 ^ v1 ^ v2 ^ v3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1;
        v1 = BitOperations.RotateLeft(v1, 13);
        v1 ^= v0;
        v0 = BitOperations.RotateLeft(v0, 32);
        v2 += v3;
        v3 = BitOperations.RotateLeft(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = BitOperations.RotateLeft(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = BitOperations.RotateLeft(v1, 17);
        v1 ^= v2;
        v2 = BitOperations.RotateLeft(v2, 32);
    }
}
