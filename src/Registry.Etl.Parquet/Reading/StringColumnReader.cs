using System.Text;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>STRING (and ENUM, JSON): UTF-8 bytes to strings; invalid UTF-8 is a format error.</summary>
internal sealed class StringColumnReader : ByteArrayColumnReader<string?>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public StringColumnReader(ParquetField field, ParquetErrorLocation location)
        : base(field, location)
    {
    }

    protected override string? Convert(ReadOnlySpan<byte> value)
    {
        try
        {
            return StrictUtf8.GetString(value);
        }
        catch (DecoderFallbackException e)
        {
            return Throw.Format<string>($"Corrupt page: column '{Field.Name}' holds a string that is not valid UTF-8", Location, e);
        }
    }

    protected override ParquetColumnData Wrap(string?[] values, bool[]? validity) => ParquetColumnData.String(values, validity);
}
