namespace Registry.Etl.Parquet.Writing;

/// <summary>
/// What the fixed-width column writer needs to know about a stored value type: its PLAIN encoding, a
/// bitwise hash and equality for the dictionary (so -0.0 and 0.0, and NaN payloads, stay distinct), and
/// the sort order of its statistics (parquet.thrift ColumnOrder: signed for integers, numeric for floats).
/// </summary>
internal interface IValueTraits<T>
    where T : unmanaged
{
    /// <summary>True for FLOAT and DOUBLE: NaN is counted, never a min or max.</summary>
    static abstract bool IsFloatingPoint { get; }

    static abstract ulong Hash(T value);

    static abstract bool BitwiseEquals(T a, T b);

    static abstract bool IsNaN(T value);

    static abstract bool LessThan(T a, T b);

    /// <summary>PLAIN-encodes one value into <paramref name="destination"/> (width bytes).</summary>
    static abstract void WritePlain(T value, Span<byte> destination, int width);

    /// <summary>PLAIN-encodes many values; width bytes each.</summary>
    static abstract void WritePlain(ReadOnlySpan<T> values, Span<byte> destination, int width);

    /// <summary>The value written as a minimum statistic (floats: a zero is written as -0.0).</summary>
    static abstract T StatMin(T value);

    /// <summary>The value written as a maximum statistic (floats: a zero is written as +0.0).</summary>
    static abstract T StatMax(T value);
}
