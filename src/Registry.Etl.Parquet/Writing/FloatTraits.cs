using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Registry.Etl.Parquet.Writing;

/// <summary>FLOAT: IEEE little-endian; numeric order without NaN; zeros written as -0.0 (min) and +0.0 (max).</summary>
internal readonly struct FloatTraits : IValueTraits<float>
{
    public static bool IsFloatingPoint => true;

    public static ulong Hash(float value) => (uint)BitConverter.SingleToInt32Bits(value);

    public static bool BitwiseEquals(float a, float b) => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b);

    public static bool IsNaN(float value) => float.IsNaN(value);

    public static bool LessThan(float a, float b) => a < b;

    public static void WritePlain(float value, Span<byte> destination, int width) => BinaryPrimitives.WriteSingleLittleEndian(destination, value);

    public static void WritePlain(ReadOnlySpan<float> values, Span<byte> destination, int width) =>
        MemoryMarshal.AsBytes(values).CopyTo(destination);

    public static float StatMin(float value) => value == 0f ? -0f : value;

    public static float StatMax(float value) => value == 0f ? 0f : value;
}
