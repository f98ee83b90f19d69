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
