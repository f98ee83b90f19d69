using System.Text;

namespace Registry.Etl.Ingest.Reading;

/// <summary>
/// Which encoding an export is in. UTF-8 (with or without BOM) is read as is; Windows-1252 is transcoded to
/// UTF-8 by the CSV reader. <c>detect</c>: a BOM means UTF-8; otherwise the bytes are checked and a file that
/// is valid UTF-8 is read as UTF-8, any other as Windows-1252 (every byte sequence is valid Windows-1252).
/// </summary>
internal static class ExportEncoding
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static Encoding Cp1252 => Windows1252.Value;

    public static bool HasUtf8Bom(ReadOnlySpan<byte> head) => head.StartsWith("\xEF\xBB\xBF"u8);

    /// <summary>Null = UTF-8 (the reader honours a BOM); otherwise the encoding to transcode from.</summary>
    public static Encoding? Resolve(string declared, Stream stream, ReadOnlySpan<byte> head) => declared switch
    {
        "utf-8" => null,
        "windows-1252" => HasUtf8Bom(head) ? null : Cp1252,
        _ => HasUtf8Bom(head) || IsValidUtf8(stream) ? null : Cp1252,
    };

    /// <summary>Checks a whole stream (then rewinds it); a sequence split across chunks is carried over.</summary>
    public static bool IsValidUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[(1 << 16) + 4];
        try
        {
            int n;
            while ((n = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>The 1-based line and byte column of the first invalid UTF-8 sequence of a stream, for a wrong-encoding error.</summary>
    public static (int Line, int Column) FirstInvalid(Stream stream)
    {
        stream.Position = 0;
        var all = new byte[stream.Length];
        stream.ReadExactly(all);
        var span = all.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        var before = span[..Math.Min(offset, span.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lastBreak = before.LastIndexOf((byte)'\n');
        return (line, offset - lastBreak);
    }
}
