using System.Text;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>DECIMAL on BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY: big-endian two's complement to decimal.</summary>
internal sealed class DecimalBytesColumnReader : ByteArrayColumnReader<decimal>
{
    public DecimalBytesColumnReader(ParquetField field, ParquetErrorLocation location)
        : base(field, location)
    {
    }

    protected override decimal Convert(ReadOnlySpan<byte> value) => DecimalBytes.ToDecimal(value, Field.Scale, Field.Name, Location);

    protected override ParquetColumnData Wrap(decimal[] values, bool[]? validity) => ParquetColumnData.Decimal(values, validity);
}
