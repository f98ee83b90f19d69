using System.Text;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>Unannotated BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY: byte arrays.</summary>
internal sealed class BinaryColumnReader : ByteArrayColumnReader<byte[]?>
{
    public BinaryColumnReader(ParquetField field, ParquetErrorLocation location)
        : base(field, location)
    {
    }

    protected override byte[]? Convert(ReadOnlySpan<byte> value) => value.ToArray();

    protected override byte[]? Share(byte[]? entry) => (byte[]?)entry?.Clone();

    protected override ParquetColumnData Wrap(byte[]?[] values, bool[]? validity) => ParquetColumnData.Binary(values, validity);
}
