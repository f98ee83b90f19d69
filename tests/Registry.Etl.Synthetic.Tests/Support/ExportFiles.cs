using System.Text;

namespace Registry.Etl.Synthetic.Tests.Support;

/// <summary>Decodes and parses generated files the way a reader would, independently of the generator.</summary>
internal static class ExportFiles
{
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool HasBom(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    /// <summary>UTF-8 (with or without BOM) when valid, else Windows-1252.</summary>
    public static string Decode(byte[] bytes, out string encoding)
    {
        if (HasBom(bytes))
        {
            encoding = "utf-8-bom";
            return StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            encoding = "utf-8";
            return text;
        }
        catch (DecoderFallbackException)
        {
            encoding = "windows-1252";
            return Windows1252.GetString(bytes);
        }
    }

    public static (string[] Header, List<Csv.Record> Rows) Read(byte[] bytes, char delimiter)
    {
        var records = Csv.Parse(Decode(bytes, out _), delimiter);
        return (records[0].Fields, records.Skip(1).ToList());
    }

    /// <summary>The truth mirror of an export file, as dictionaries by column name.</summary>
    public static List<Dictionary<string, string>> Truth(MemorySink sink, string exportPath)
    {
        var (header, rows) = Read(sink.Files["truth/" + exportPath], ',');
        return rows.Select(r => header.Zip(r.Fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
    }

    public static Dictionary<string, string> Row(string[] header, Csv.Record row) =>
        header.Zip(row.Fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    /// <summary>The 11-proof as domain.md 6.1 states it, written here independently of the generator.</summary>
    public static bool ElevenProof(string bsn)
    {
        if (bsn.Length == 8)
        {
            bsn = "0" + bsn;
        }

        if (bsn.Length != 9 || !bsn.All(char.IsAsciiDigit) || bsn == "000000000")
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (bsn[i] - '0') * (9 - i);
        }

        sum -= bsn[8] - '0';
        return sum % 11 == 0;
    }
}
