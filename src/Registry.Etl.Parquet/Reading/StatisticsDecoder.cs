using System.Buffers.Binary;
using System.Text;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Metadata;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>Decodes a chunk's PLAIN-encoded min/max into typed values; unreadable statistics are treated as absent.</summary>
internal static class StatisticsDecoder
{
    public static ParquetStatistics? Decode(Format.Statistics? s, ParquetField field)
    {
        if (s is null)
        {
            return null;
        }

        byte[]? minBytes = s.MinValue;
        byte[]? maxBytes = s.MaxValue;
        var deprecated = false;
        if ((minBytes is null || maxBytes is null) && DeprecatedOrderIsRight(field))
        {
            minBytes = s.Min;
            maxBytes = s.Max;
            deprecated = true;
        }

        var min = minBytes is null ? null : DecodeValue(field, minBytes);
        var max = maxBytes is null ? null : DecodeValue(field, maxBytes);
        return new ParquetStatistics(s.NullCount, s.DistinctCount, s.NanCount, min, max, deprecated && min is not null, s.IsMinValueExact, s.IsMaxValueExact);
    }

    /// <summary>A PLAIN-encoded value (byte arrays without length prefix) as the field's value kind, or null if malformed.</summary>
    public static object? DecodeValue(ParquetField field, ReadOnlySpan<byte> bytes)
    {
        switch (field.PhysicalType)
        {
            case ParquetPhysicalType.Boolean:
                return bytes.Length == 1 ? bytes[0] != 0 : null;
            case ParquetPhysicalType.Int32 when bytes.Length == 4:
                var i32 = BinaryPrimitives.ReadInt32LittleEndian(bytes);
                return field.ValueKind == ParquetValueKind.Decimal ? ToDecimal(i32, field) : i32;
            case ParquetPhysicalType.Int64 when bytes.Length == 8:
                var i64 = BinaryPrimitives.ReadInt64LittleEndian(bytes);
                return field.ValueKind == ParquetValueKind.Decimal ? ToDecimal(i64, field) : i64;
            case ParquetPhysicalType.Int96 when bytes.Length == 12:
                return PlainDecoder.Int96ToNanos(bytes);
            case ParquetPhysicalType.Float when bytes.Length == 4:
                return BinaryPrimitives.ReadSingleLittleEndian(bytes);
            case ParquetPhysicalType.Double when bytes.Length == 8:
                return BinaryPrimitives.ReadDoubleLittleEndian(bytes);
            case ParquetPhysicalType.ByteArray:
            case ParquetPhysicalType.FixedLenByteArray:
                return field.ValueKind switch
                {
                    ParquetValueKind.Decimal => DecimalBytes.TryToUnscaled(bytes, out var unscaled) ? ToDecimal(unscaled, field) : null,
                    ParquetValueKind.String => Encoding.UTF8.GetString(bytes),
                    _ => bytes.ToArray(),
                };
            default:
                return null;
        }
    }

    private static object? ToDecimal(Int128 unscaled, ParquetField field) =>
        Writing.DecimalScaling.TryFromUnscaled(unscaled, field.Scale, out var value) ? value : null;

    /// <summary>The deprecated min/max are in signed order: right for numbers, wrong for byte arrays and unsigned integers.</summary>
    private static bool DeprecatedOrderIsRight(ParquetField field) =>
        field.PhysicalType is not (ParquetPhysicalType.ByteArray or ParquetPhysicalType.FixedLenByteArray or ParquetPhysicalType.Int96)
        && !(field.LogicalType == ParquetLogicalType.Integer && !field.IsSigned);
}
