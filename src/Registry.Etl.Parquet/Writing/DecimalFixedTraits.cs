using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Registry.Etl.Parquet.Writing;

/// <summary>
/// DECIMAL on FIXED_LEN_BYTE_ARRAY: the unscaled value as big-endian two's complement in width bytes
/// (LogicalTypes.md); statistics in signed order of the represented value.
/// </summary>
internal readonly struct DecimalFixedTraits : IValueTraits<Int128>
{
    public static bool IsFloatingPoint => false;

    public static ulong Hash(Int128 value) => (ulong)value ^ ((ulong)(value >> 64) * 0x9E3779B97F4A7C15UL);

    public static bool BitwiseEquals(Int128 a, Int128 b) => a == b;

    public static bool IsNaN(Int128 value) => false;

    public static bool LessThan(Int128 a, Int128 b) => a < b;

    public static void WritePlain(Int128 value, Span<byte> destination, int width)
    {
        Span<byte> full = stackalloc byte[16];
        BinaryPrimitives.WriteInt128BigEndian(full, value);
        full[(16 - width)..].CopyTo(destination);
    }

    public static void WritePlain(ReadOnlySpan<Int128> values, Span<byte> destination, int width)
    {
        for (var i = 0; i < values.Length; i++)
        {
            WritePlain(values[i], destination.Slice(i * width, width), width);
        }
    }

    public static Int128 StatMin(Int128 value) => value;

    public static Int128 StatMax(Int128 value) => value;
}
