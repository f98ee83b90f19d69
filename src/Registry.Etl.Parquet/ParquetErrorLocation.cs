using System.Globalization;
using System.Text;

namespace Registry.Etl.Parquet;

/// <summary>Where in a Parquet file a problem was found; every part is optional.</summary>
public readonly record struct ParquetErrorLocation(string? Source = null, long? Offset = null, int? RowGroup = null, string? Column = null)
{
    public ParquetErrorLocation WithOffset(long offset) => this with { Offset = offset };

    public ParquetErrorLocation WithColumn(int rowGroup, string column) => this with { RowGroup = rowGroup, Column = column };

    /// <summary>"what (file 'x', row group 2, column 'name', byte offset 123)".</summary>
    public string Describe(string what)
    {
        var parts = new StringBuilder();
        Append(parts, Source is null ? null : $"file '{Source}'");
        Append(parts, RowGroup is { } rg ? string.Create(CultureInfo.InvariantCulture, $"row group {rg}") : null);
        Append(parts, Column is null ? null : $"column '{Column}'");
        Append(parts, Offset is { } o ? string.Create(CultureInfo.InvariantCulture, $"byte offset {o}") : null);
        return parts.Length == 0 ? what : $"{what} ({parts})";
    }

    private static void Append(StringBuilder sb, string? part)
    {
        if (part is null)
        {
            return;
        }

        if (sb.Length > 0)
        {
            sb.Append(", ");
        }

        sb.Append(part);
    }
}
