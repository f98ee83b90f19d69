using System.Text;
using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Tests.Support;

namespace Registry.Etl.Synthetic.Tests.Export;

public sealed class CsvWriterTests
{
    private static (byte[] Bytes, long NextLine) Write(ExportDialect dialect, Action<CsvWriter> write)
    {
        using var stream = new MemoryStream();
        var w = new CsvWriter(stream, dialect);
        write(w);
        w.Flush();
        return (stream.ToArray(), w.NextLine);
    }

    [Fact]
    public void Field_WithDelimiterQuoteOrNewline_QuotedWithDoubledQuotes()
    {
        var dialect = new ExportDialect(';', TextEncoding.Utf8, true, DateStyle.DayMonthYear);
        var (bytes, nextLine) = Write(dialect, w =>
        {
            w.Field("a;b");
            w.Field("say \"hi\"");
            w.Field("two\nlines");
            w.Field("plain,comma");
            w.EndRow();
        });
        Assert.Equal("\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";plain,comma\r\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal(3, nextLine);
        var parsed = Csv.Parse(Encoding.UTF8.GetString(bytes), ';');
        Assert.Equal(["a;b", "say \"hi\"", "two\nlines", "plain,comma"], parsed[0].Fields);
    }

    [Fact]
    public void Windows1252_EncodesEuroAndAccents_AsTheCodePage()
    {
        var dialect = new ExportDialect(';', TextEncoding.Windows1252, true, DateStyle.DayMonthYear);
        var (bytes, _) = Write(dialect, w =>
        {
            w.Field("€ patiënt Súdwest-Fryslân Curaçao");
            w.EndRow();
        });
        Assert.Equal(ExportFiles.Windows1252.GetBytes("€ patiënt Súdwest-Fryslân Curaçao\r\n"), bytes);
        Assert.Equal(0x80, bytes[0]);
        Assert.Throws<InvalidOperationException>(() => Write(dialect, w => w.Field("ŷ")));
    }

    [Fact]
    public void Utf8Bom_DecimalCommaAndDates_PerDialect()
    {
        var semicolon = new ExportDialect(';', TextEncoding.Utf8Bom, true, DateStyle.DayMonthYear);
        var day = new DateOnly(2024, 2, 9).DayNumber;
        var (bytes, _) = Write(semicolon, w =>
        {
            w.Decimal(72.5);
            w.Date(day);
            w.Date(-1);
            w.EndRow();
        });
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("72,5;09-02-2024;\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var (iso, _) = Write(ExportDialect.Nkr, w => w.Date(day));
        Assert.Equal("2024-02-09", Encoding.UTF8.GetString(iso));
        var (compact, _) = Write(ExportDialect.Lbz, w =>
        {
            w.Decimal(72.5);
            w.Date(day);
            w.EndRow();
        });
        Assert.Equal("72.5,20240209\n", Encoding.UTF8.GetString(compact));
    }

    [Fact]
    public void NoiseTagNames_FormatFlags_InDocumentedOrder()
    {
        Assert.Equal("", NoiseTagNames.Format(NoiseTags.None));
        Assert.Equal("bsn_typo|dob_swap|pc_moved", NoiseTagNames.Format(NoiseTags.PostcodeMoved | NoiseTags.BsnTypo | NoiseTags.DobSwap));
    }
}
