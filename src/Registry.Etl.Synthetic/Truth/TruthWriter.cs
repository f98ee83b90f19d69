using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Identity;

namespace Registry.Etl.Synthetic.Truth;

/// <summary>
/// The truth file beside one export file (truth/&lt;same path&gt;): UTF-8, comma, LF, ISO dates, one row per
/// data row in the same order, giving the row's physical line, source key and true person.
/// </summary>
internal sealed class TruthWriter : IDisposable
{
    public static readonly ExportDialect Dialect = new(',', TextEncoding.Utf8, false, DateStyle.Iso);

    private readonly CsvWriter _csv;
    private long _row;

    public TruthWriter(Stream stream)
    {
        _csv = new CsvWriter(stream, Dialect);
        _csv.Header(ExportLayouts.TruthRecords);
    }

    public long BytesWritten => _csv.BytesWritten;

    public void Row(long line, string sourceKey, long personId, int version, bool duplicate, string kind, string? related, NoiseTags noise)
    {
        _csv.Int((int)Math.Min(int.MaxValue, ++_row));
        _csv.Field(line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _csv.Field(sourceKey);
        _csv.Field(personId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _csv.Int(version);
        _csv.Bool(duplicate);
        _csv.Field(kind);
        _csv.Field(related);
        _csv.Field(NoiseTagNames.Format(noise));
        _csv.EndRow();
    }

    public void Dispose() => _csv.Dispose();
}
