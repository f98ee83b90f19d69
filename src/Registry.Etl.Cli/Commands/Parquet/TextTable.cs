using System.Text;

namespace Registry.Etl.Cli.Commands.Parquet;

/// <summary>A plain-text table: columns sized to their widest cell, numbers right-aligned.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers)
    {
        _headers = headers;
        _rightAligned = new bool[headers.Length];
    }

    public TextTable AlignRight(params int[] columns)
    {
        foreach (var c in columns)
        {
            _rightAligned[c] = true;
        }

        return this;
    }

    public void Add(params string[] cells) => _rows.Add(cells);

    public void WriteTo(TextWriter output, string indent = "  ")
    {
        var widths = new int[_headers.Length];
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Max(_headers[c].Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[c].Length));
        }

        output.WriteLine(Line(_headers, widths, indent));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row, widths, indent));
        }
    }

    private string Line(string[] cells, int[] widths, string indent)
    {
        var sb = new StringBuilder(indent);
        for (var c = 0; c < cells.Length; c++)
        {
            var last = c == cells.Length - 1;
            var cell = _rightAligned[c] ? cells[c].PadLeft(widths[c]) : last ? cells[c] : cells[c].PadRight(widths[c]);
            sb.Append(cell);
            if (!last)
            {
                sb.Append("  ");
            }
        }

        return sb.ToString().TrimEnd();
    }
}
