namespace Registry.Etl.Parquet.Schema;

/// <summary>Factories for every column type the writer emits, each with the legacy ConvertedType the spec asks for.</summary>
public sealed partial class ParquetField
{
    // parquet.thrift ConvertedType numbers, written beside the LogicalType for older readers (LogicalTypes.md).
    internal const int ConvertedUtf8 = 0;
    internal const int ConvertedDecimal = 5;
    internal const int ConvertedDate = 6;
    internal const int ConvertedTimestampMillis = 9;
    internal const int ConvertedTimestampMicros = 10;
    internal const int ConvertedInt8 = 15;

    /// <summary>BOOLEAN.</summary>
    public static ParquetField Boolean(string name, bool nullable = true) =>
        new(CheckName(name), ParquetPhysicalType.Boolean, RepetitionOf(nullable), ParquetLogicalType.None, ParquetValueKind.Boolean);

    /// <summary>INT32 without annotation (values: int).</summary>
    public static ParquetField Int32(string name, bool nullable = true) =>
        new(CheckName(name), ParquetPhysicalType.Int32, RepetitionOf(nullable), ParquetLogicalType.None, ParquetValueKind.Int32);

    /// <summary>INT64 without annotation (values: long).</summary>
    public static ParquetField Int64(string name, bool nullable = true) =>
        new(CheckName(name), ParquetPhysicalType.Int64, RepetitionOf(nullable), ParquetLogicalType.None, ParquetValueKind.Int64);

    /// <summary>
    /// Signed INT(bitWidth) with ConvertedType INT_8/16/32/64: bit widths 8, 16 and 32 are stored as
    /// INT32 (values: int, checked to fit the width), 64 as INT64 (values: long).
    /// </summary>
    public static ParquetField Integer(string name, int bitWidth, bool nullable = true)
    {
        if (bitWidth is not (8 or 16 or 32 or 64))
        {
            Throw.Argument("An integer column's bit width must be 8, 16, 32 or 64.", nameof(bitWidth));
        }

        var wide = bitWidth == 64;
        return new ParquetField(
            CheckName(name),
            wide ? ParquetPhysicalType.Int64 : ParquetPhysicalType.Int32,
            RepetitionOf(nullable),
            ParquetLogicalType.Integer,
            wide ? ParquetValueKind.Int64 : ParquetValueKind.Int32)
        {
            BitWidth = bitWidth,
            IsSigned = true,
            ConvertedType = ConvertedInt8 + System.Numerics.BitOperations.Log2((uint)bitWidth) - 3,
        };
    }

    /// <summary>FLOAT (values: float).</summary>
    public static ParquetField Float(string name, bool nullable = true) =>
        new(CheckName(name), ParquetPhysicalType.Float, RepetitionOf(nullable), ParquetLogicalType.None, ParquetValueKind.Float);

    /// <summary>DOUBLE (values: double).</summary>
    public static ParquetField Double(string name, bool nullable = true) =>
        new(CheckName(name), ParquetPhysicalType.Double, RepetitionOf(nullable), ParquetLogicalType.None, ParquetValueKind.Double);

    /// <summary>BYTE_ARRAY annotated STRING (ConvertedType UTF8); values: string, written as UTF-8.</summary>
    public static ParquetField String(string name, bool nullable = true) =>
        new(CheckName(name), ParquetPhysicalType.ByteArray, RepetitionOf(nullable), ParquetLogicalType.String, ParquetValueKind.String)
        {
            ConvertedType = ConvertedUtf8,
        };

    /// <summary>BYTE_ARRAY without annotation (values: byte[]).</summary>
    public static ParquetField Binary(string name, bool nullable = true) =>
        new(CheckName(name), ParquetPhysicalType.ByteArray, RepetitionOf(nullable), ParquetLogicalType.None, ParquetValueKind.Binary);

    /// <summary>FIXED_LEN_BYTE_ARRAY(length) without annotation (values: byte[] of exactly that length).</summary>
    public static ParquetField FixedLenByteArray(string name, int length, bool nullable = true)
    {
        if (length <= 0)
        {
            Throw.Argument("A fixed-length byte array needs a positive length.", nameof(length));
        }

        return new ParquetField(CheckName(name), ParquetPhysicalType.FixedLenByteArray, RepetitionOf(nullable), ParquetLogicalType.None, ParquetValueKind.Binary)
        {
            TypeLength = length,
        };
    }

    /// <summary>INT32 annotated DATE (values: int days since 1970-01-01).</summary>
    public static ParquetField Date(string name, bool nullable = true) =>
        new(CheckName(name), ParquetPhysicalType.Int32, RepetitionOf(nullable), ParquetLogicalType.Date, ParquetValueKind.Int32)
        {
            ConvertedType = ConvertedDate,
        };

    /// <summary>
    /// INT64 annotated TIMESTAMP(unit, isAdjustedToUTC) (values: long in <paramref name="unit"/> since
    /// 1970-01-01T00:00). Millis and micros also get ConvertedType TIMESTAMP_MILLIS/MICROS, which
    /// LogicalTypes.md asks writers to set for local timestamps too.
    /// </summary>
    public static ParquetField Timestamp(string name, ParquetTimeUnit unit, bool isAdjustedToUtc, bool nullable = true) =>
        new(CheckName(name), ParquetPhysicalType.Int64, RepetitionOf(nullable), ParquetLogicalType.Timestamp, ParquetValueKind.Int64)
        {
            TimeUnit = unit,
            IsAdjustedToUtc = isAdjustedToUtc,
            ConvertedType = unit switch
            {
                ParquetTimeUnit.Millis => ConvertedTimestampMillis,
                ParquetTimeUnit.Micros => ConvertedTimestampMicros,
                _ => null,
            },
        };

    /// <summary>
    /// DECIMAL(precision, scale) (values: decimal). Stored as INT32 up to 9 digits, INT64 up to 18 and
    /// FIXED_LEN_BYTE_ARRAY of the fewest bytes that hold the precision above that (LogicalTypes.md).
    /// Values must have at most <paramref name="scale"/> decimals and <paramref name="precision"/> digits.
    /// </summary>
    public static ParquetField Decimal(string name, int precision, int scale, bool nullable = true)
    {
        if (precision is < 1 or > 38)
        {
            Throw.Argument("Decimal precision must be between 1 and 38.", nameof(precision));
        }

        if (scale < 0 || scale > precision)
        {
            Throw.Argument("Decimal scale must be between 0 and the precision.", nameof(scale));
        }

        var physical = precision <= 9 ? ParquetPhysicalType.Int32
            : precision <= 18 ? ParquetPhysicalType.Int64
            : ParquetPhysicalType.FixedLenByteArray;
        return new ParquetField(CheckName(name), physical, RepetitionOf(nullable), ParquetLogicalType.Decimal, ParquetValueKind.Decimal)
        {
            Precision = precision,
            Scale = scale,
            TypeLength = physical == ParquetPhysicalType.FixedLenByteArray ? DecimalByteLength(precision) : 0,
            ConvertedType = ConvertedDecimal,
        };
    }

    /// <summary>The fewest bytes n whose two's complement holds <paramref name="precision"/> digits: floor(log10(2^(8n-1)-1)) &gt;= precision.</summary>
    internal static int DecimalByteLength(int precision)
    {
        for (var n = 1; n <= 16; n++)
        {
            var max = (Int128.One << ((8 * n) - 1)) - 1;
            if (max.ToString(System.Globalization.CultureInfo.InvariantCulture).Length - 1 >= precision)
            {
                return n;
            }
        }

        return 16;
    }

    private static ParquetRepetition RepetitionOf(bool nullable) => nullable ? ParquetRepetition.Optional : ParquetRepetition.Required;

    private static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return name;
    }
}
