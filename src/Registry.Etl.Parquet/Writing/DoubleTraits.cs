using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Registry.Etl.Parquet.Writing;

/// <summary>DOUBLE: IEEE little-endian; numeric order without NaN; zeros written as -0.0 (min) and +0.0 (max).</summary>
internal readonly struct DoubleTraits : IValueTraits<double>
{
    public static bool IsFloatingPoint => true;

    public static ulong Hash(double value) => (ulong)BitConverter.DoubleToInt64Bits(value);

    public static bool BitwiseEquals(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    public static bool IsNaN(double value) => double.IsNaN(value);

    public static bool LessThan(double a, double b) => a < b;

    public static void WritePlain(double value, Span<byte> destination, int width) => BinaryPrimitives.WriteDoubleLittleEndian(destination, value);

    public static void WritePlain(ReadOnlySpan<double> values, Span<byte> destination, int width) =>
        MemoryMarshal.AsBytes(values).CopyTo(destination);

    public static double StatMin(double value) => value == 0d ? -0d : value;

    public static double StatMax(double value) => value == 0d ? 0d : value;
}
