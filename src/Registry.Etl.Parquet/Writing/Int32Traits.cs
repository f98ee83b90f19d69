using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Registry.Etl.Parquet.Writing;

/// <summary>INT32: little-endian, signed order.</summary>
internal readonly struct Int32Traits : IValueTraits<int>
{
    public static bool IsFloatingPoint => false;

    public static ulong Hash(int value) => (uint)value;

    public static bool BitwiseEquals(int a, int b) => a == b;

    public static bool IsNaN(int value) => false;

    public static bool LessThan(int a, int b) => a < b;

    public static void WritePlain(int value, Span<byte> destination, int width) => BinaryPrimitives.WriteInt32LittleEndian(destination, value);

    public static void WritePlain(ReadOnlySpan<int> values, Span<byte> destination, int width) =>
        MemoryMarshal.AsBytes(values).CopyTo(destination);

    public static int StatMin(int value) => value;

    public static int StatMax(int value) => value;
}
