using System.Globalization;
using System.Text;

namespace Registry.Etl.Synthetic.Export;

/// <summary>
/// Writes one delimited file in a source's dialect straight to bytes: delimiter, encoding (with BOM when
/// asked), line ends, RFC 4180 quoting (only where needed) and the source's date format. Tracks the
/// physical line on which each row starts, which the truth files report.
/// </summary>
internal sealed partial class CsvWriter : IDisposable
{
    private const int BufferSize = 1 << 16;
    private readonly Stream _stream;
    private readonly ExportDialect _dialect;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly byte _delimiter;
    private int _position;
    private bool _rowStarted;
    private int _newlinesInRow;

    public CsvWriter(Stream stream, ExportDialect dialect)
    {
        _stream = stream;
        _dialect = dialect;
        _delimiter = (byte)dialect.Delimiter;
        if (dialect.Encoding == TextEncoding.Utf8Bom)
        {
            _buffer[0] = 0xEF;
            _buffer[1] = 0xBB;
            _buffer[2] = 0xBF;
            _position = 3;
        }
    }

    /// <summary>Physical line (1-based) on which the next row starts.</summary>
    public long NextLine { get; private set; } = 1;

    /// <summary>Rows written, header included.</summary>
    public long Rows { get; private set; }

    public long BytesWritten { get; private set; }

    public void Header(IReadOnlyList<string> columns)
    {
        foreach (var column in columns)
        {
            Field(column);
        }

        EndRow();
    }

    public void Empty() => Separate();

    public void Field(string? text) => Field(text.AsSpan());

    public void Field(ReadOnlySpan<char> text)
    {
        Separate();
        if (!NeedsQuotes(text))
        {
            WriteText(text);
            return;
        }

        WriteByte((byte)'"');
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                WriteText(text[start..(i + 1)]);
                start = i; // the quote is written again: doubled
            }
            else if (text[i] == '\n')
            {
                _newlinesInRow++;
            }
        }

        WriteText(text[start..]);
        WriteByte((byte)'"');
    }

    public void Int(int value)
    {
        Separate();
        Ensure(11);
        value.TryFormat(_buffer.AsSpan(_position), out var written, default, CultureInfo.InvariantCulture);
        _position += written;
    }

    /// <summary>An integer, or an empty field when negative (not known / not applicable).</summary>
    public void IntOrEmpty(int value)
    {
        if (value < 0)
        {
            Empty();
        }
        else
        {
            Int(value);
        }
    }

    public void Bool(bool value) => Int(value ? 1 : 0);

    /// <summary>One decimal, with a decimal comma in semicolon dialects.</summary>
    public void Decimal(double value)
    {
        Separate();
        Ensure(24);
        value.TryFormat(_buffer.AsSpan(_position), out var written, "0.0", CultureInfo.InvariantCulture);
        if (_dialect.DecimalComma)
        {
            var span = _buffer.AsSpan(_position, written);
            var dot = span.IndexOf((byte)'.');
            if (dot >= 0)
            {
                span[dot] = (byte)',';
            }
        }

        _position += written;
    }

    public void EndRow()
    {
        if (_dialect.Crlf)
        {
            WriteByte((byte)'\r');
        }

        WriteByte((byte)'\n');
        _rowStarted = false;
        NextLine += 1 + _newlinesInRow;
        _newlinesInRow = 0;
        Rows++;
    }

    public void Flush()
    {
        if (_position > 0)
        {
            _stream.Write(_buffer, 0, _position);
            BytesWritten += _position;
            _position = 0;
        }

        _stream.Flush();
    }

    public void Dispose() => Flush();

    private bool NeedsQuotes(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c == _dialect.Delimiter || c is '"' or '\r' or '\n')
            {
                return true;
            }
        }

        return false;
    }

    private void Separate()
    {
        if (_rowStarted)
        {
            WriteByte(_delimiter);
        }

        _rowStarted = true;
    }

    private void WriteText(ReadOnlySpan<char> text)
    {
        Ensure(text.Length * 3);
        var target = _buffer.AsSpan(_position);
        var i = 0;
        for (; i < text.Length && text[i] < 0x80; i++)
        {
            target[i] = (byte)text[i];
        }

        _position += i;
        if (i == text.Length)
        {
            return;
        }

        var rest = text[i..];
        if (_dialect.Encoding == TextEncoding.Windows1252)
        {
            foreach (var c in rest)
            {
                _buffer[_position++] = Windows1252.Encode(c);
            }
        }
        else
        {
            _position += Encoding.UTF8.GetBytes(rest, _buffer.AsSpan(_position));
        }
    }

    private void WriteByte(byte b)
    {
        Ensure(1);
        _buffer[_position++] = b;
    }

    private void Ensure(int bytes)
    {
        if (_position + bytes > _buffer.Length)
        {
            _stream.Write(_buffer, 0, _position);
            BytesWritten += _position;
            _position = 0;
            if (bytes > _buffer.Length)
            {
                Core.Throw.InvalidOperation("A single field is larger than the write buffer.");
            }
        }
    }
}
