using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Support;

/// <summary>FsCheck generators for Parquet fields, their values (boundaries included) and writer options.</summary>
internal static class ParquetGenerators
{
    private static readonly string[] StringPieces =
    [
        "", "a", "Zoë", "€", "日本語", "😀", "\U0001F9EC", "\uFFFF", "\uE000", "\u0000", "line\nbreak", "\"quoted\"; x",
        "naam_1", "naam_2", "ÿ", "z", new string('x', 300),
    ];

    public static Gen<int> Int32s { get; } = Gen.Frequency(
        (2, Gen.Elements(int.MinValue, int.MaxValue, 0, -1, 1, int.MinValue + 1, int.MaxValue - 1)),
        (3, Gen.Choose(-50, 50)),
        (5, Gen.Choose(int.MinValue, int.MaxValue)));

    public static Gen<long> Int64s { get; } = Gen.Frequency(
        (2, Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L, 1L, long.MinValue + 1, long.MaxValue - 1, (long)int.MinValue - 1, (long)int.MaxValue + 1)),
        (3, Gen.Choose(-50, 50).Select(x => (long)x)),
        (5, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue), (h, l) => ((long)h << 32) | (uint)l)));

    public static Gen<double> Doubles { get; } = Gen.Frequency(
        (3, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 1.0, -1.5, 0.1)),
        (2, Gen.Choose(-20, 20).Select(x => x / 4.0)),
        (5, Int64s.Select(BitConverter.Int64BitsToDouble)));

    public static Gen<float> Floats { get; } = Gen.Frequency(
        (3, Gen.Elements(float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, 0f, float.Epsilon, float.MaxValue, float.MinValue, 0.1f)),
        (2, Gen.Choose(-20, 20).Select(x => x / 4f)),
        (5, Int32s.Select(BitConverter.Int32BitsToSingle)));

    public static Gen<bool> Bools { get; } = Gen.Elements(true, false);

    public static Gen<string> Strings { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(StringPieces), n)).Select(p => string.Concat(p))),
        (3, Gen.ArrayOf(Gen.Choose(32, 126).Select(c => (char)c)).Select(c => new string(c))),
        (1, Gen.ArrayOf(Gen.Choose(0x80, 0xD7FF).Select(c => (char)c)).Select(c => new string(c))));

    public static Gen<byte[]> Bytes(int? fixedLength) => fixedLength is { } n
        ? Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)
        : Gen.Choose(0, 24).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

    /// <summary>Unscaled values within the precision (and System.Decimal's 96 bits), boundaries included.</summary>
    public static Gen<decimal> Decimals(int precision, int scale)
    {
        var max = Int128.Min(Pow10(precision) - 1, ((Int128)1 << 96) - 1);
        var random = Gen.Zip(Int64s, Int64s, (a, b) => (((Int128)a << 64) | (ulong)b) % (max + 1));
        var small = Gen.Choose(-1000, 1000).Select(x => (Int128)x % (max + 1));
        var unscaled = Gen.Frequency((2, Gen.Elements(max, -max, Int128.Zero, Int128.One, Int128.NegativeOne)), (3, small), (5, random));
        var withScale = unscaled.Select(u => ToDecimal(u, scale));

        // Also values with fewer decimals than the column's scale: the writer must rescale them exactly.
        var shorter = Gen.Choose(-99999, 99999).Select(x => new decimal(x) / 10m).Where(d => scale >= 1 && Math.Abs(d) < (decimal)Pow10(Math.Min(precision - scale, 28)));
        return scale >= 1 && precision - scale >= 5 ? Gen.Frequency((8, withScale), (2, shorter)) : withScale;
    }

    public static Gen<ParquetField> AnyField(string name) => Gen.Zip(Gen.Choose(0, 13), Bools).SelectMany(t => FieldOf(t.Item1, name, t.Item2));

    public static Gen<ParquetField> FieldOf(int type, string name, bool nullable) => type switch
    {
        0 => Gen.Constant(ParquetField.Boolean(name, nullable)),
        1 => Gen.Constant(ParquetField.Int32(name, nullable)),
        2 => Gen.Constant(ParquetField.Int64(name, nullable)),
        3 => Gen.Elements(8, 16, 32, 64).Select(w => ParquetField.Integer(name, w, nullable)),
        4 => Gen.Constant(ParquetField.Float(name, nullable)),
        5 => Gen.Constant(ParquetField.Double(name, nullable)),
        6 or 7 => Gen.Constant(ParquetField.String(name, nullable)),
        8 => Gen.Constant(ParquetField.Binary(name, nullable)),
        9 => Gen.Choose(1, 20).Select(n => ParquetField.FixedLenByteArray(name, n, nullable)),
        10 => Gen.Constant(ParquetField.Date(name, nullable)),
        11 or 12 => Gen.Zip(Gen.Elements(ParquetTimeUnit.Millis, ParquetTimeUnit.Micros, ParquetTimeUnit.Nanos), Bools)
            .Select(t => ParquetField.Timestamp(name, t.Item1, t.Item2, nullable)),
        _ => Gen.Elements(1, 4, 9, 10, 15, 18, 19, 25, 28, 29, 38)
            .SelectMany(p => Gen.Choose(0, Math.Min(p, 28)).Select(s => ParquetField.Decimal(name, p, s, nullable))),
    };

    /// <summary>A column of <paramref name="rows"/> values for the field; nullable columns get nulls at a random density.</summary>
    public static Gen<TestColumn> ColumnFor(ParquetField field, int rows)
    {
        var density = field.IsNullable ? Gen.Elements(0.0, 0.0, 0.1, 0.5, 0.9, 1.0) : Gen.Constant(0.0);
        return density.SelectMany(d => Gen.ArrayOf(Gen.Choose(0, 999).Select(x => x >= d * 1000), rows).SelectMany(valid => Values(field, rows, valid)));
    }

    public static Gen<ParquetWriterOptions> Options { get; } =
        from compression in Gen.Elements(ParquetCompression.Uncompressed, ParquetCompression.Snappy, ParquetCompression.Gzip)
        from dictionary in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from pageSize in Gen.Elements(16, 200, 4096, 1 << 20)
        from maxRows in Gen.Elements(1, 3, 64, 1000, 1 << 20)
        from maxDictionary in Gen.Elements(8, 100, 2048, 1 << 20)
        from parallel in Gen.Elements(1, 2)
        select new ParquetWriterOptions
        {
            Compression = compression,
            EnableDictionary = dictionary,
            PageSizeBytes = pageSize,
            MaxRowGroupRows = maxRows,
            MaxDictionaryBytes = maxDictionary,
            MaxDegreeOfParallelism = parallel,
        };

    public static Gen<int[]> BatchSizes { get; } = Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(1, 7, 100, 1000, 5000), n));

    private static Gen<TestColumn> Values(ParquetField field, int rows, bool[] valid)
    {
        var validity = valid.All(v => v) ? default(ReadOnlyMemory<bool>) : valid;
        return field.ValueKind switch
        {
            ParquetValueKind.Boolean => Gen.ArrayOf(Bools, rows).Select(v => new TestColumn(field, ParquetColumnData.Boolean(v, validity))),
            ParquetValueKind.Int32 => Gen.ArrayOf(IntsFor(field), rows).Select(v => new TestColumn(field, ParquetColumnData.Int32(v, validity))),
            ParquetValueKind.Int64 => Gen.ArrayOf(Int64s, rows).Select(v => new TestColumn(field, ParquetColumnData.Int64(v, validity))),
            ParquetValueKind.Float => Gen.ArrayOf(Floats, rows).Select(v => new TestColumn(field, ParquetColumnData.Float(v, validity))),
            ParquetValueKind.Double => Gen.ArrayOf(Doubles, rows).Select(v => new TestColumn(field, ParquetColumnData.Double(v, validity))),
            ParquetValueKind.Decimal => Gen.ArrayOf(Decimals(field.Precision, field.Scale), rows).Select(v => new TestColumn(field, ParquetColumnData.Decimal(v, validity))),
            ParquetValueKind.String => Gen.ArrayOf(Strings, rows).Select(v => new TestColumn(field, ParquetColumnData.String(NullsAsReferences(v, valid), default))),
            _ => Gen.ArrayOf(Bytes(field.TypeLength > 0 ? field.TypeLength : null), rows).Select(v => new TestColumn(field, ParquetColumnData.Binary(v, validity))),
        };
    }

    /// <summary>Strings mark nulls as null references (Core's StringColumn convention) rather than a mask.</summary>
    private static string?[] NullsAsReferences(string[] values, bool[] valid)
    {
        var result = new string?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = valid[i] ? values[i] : null;
        }

        return result;
    }

    private static Gen<int> IntsFor(ParquetField field) => field.LogicalType == ParquetLogicalType.Integer && field.BitWidth < 32
        ? Gen.Frequency(
            (2, Gen.Elements(-(1 << (field.BitWidth - 1)), (1 << (field.BitWidth - 1)) - 1, 0, -1)),
            (8, Gen.Choose(-(1 << (field.BitWidth - 1)), (1 << (field.BitWidth - 1)) - 1)))
        : Int32s;

    private static decimal ToDecimal(Int128 unscaled, int scale)
    {
        var negative = unscaled < 0;
        var magnitude = (UInt128)(negative ? -unscaled : unscaled);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale);
    }

    private static Int128 Pow10(int n)
    {
        Int128 result = 1;
        for (var i = 0; i < n; i++)
        {
            result *= 10;
        }

        return result;
    }
}
