using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Registry.Etl.Parquet.Writing;

/// <summary>INT64: little-endian, signed order.</summary>
internal readonly struct Int64Traits : IValueTraits<long>
{
    public static bool IsFloatingPoint => false;

    public static ulong Hash(long value) => (ulong)value;

    public static bool BitwiseEquals(long a, long b) => a == b;

    public static bool IsNaN(long value) => false;

    public static bool LessThan(long a, long b) => a < b;

    public static void WritePlain(long value, Span<byte> destination, int width) => BinaryPrimitives.WriteInt64LittleEndian(destination, value);

    public static void WritePlain(ReadOnlySpan<long> values, Span<byte> destination, int width) =>
        MemoryMarshal.AsBytes(values).CopyTo(destination);

    public static long StatMin(long value) => value;

    public static long StatMax(long value) => value;
}
