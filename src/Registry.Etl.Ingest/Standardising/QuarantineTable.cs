using Registry.Etl.Core.Data;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>
/// The quarantine of a source: one row per reason a row was rejected, with where it is and why, never a
/// raw value (the detail describes the expectation and the shape of what was found).
/// </summary>
public static class QuarantineTable
{
    public static TableSchema Schema { get; } = new(
    [
        new ColumnSchema("source", ColumnKind.String, false),
        new ColumnSchema("file", ColumnKind.String, false) { Description = "File name of the export, relative to the source's folder" },
        new ColumnSchema("export_date", ColumnKind.Date, false),
        new ColumnSchema("line", ColumnKind.Int32, false) { Description = "Line on which the rejected row starts" },
        new ColumnSchema("field", ColumnKind.Int32, false) { Description = "1-based field of the row; 0 for the row as a whole" },
        new ColumnSchema("column", ColumnKind.String, false) { Description = "Raw column name; empty for the row as a whole" },
        new ColumnSchema("code", ColumnKind.String, false) { Description = "Reason code (pipelines/sources/README.md)" },
        new ColumnSchema("detail", ColumnKind.String, false) { Description = "What was expected and the shape of what was found; never the value" },
    ]);

    internal static void Add(TableBuilder builder, string source, string file, int exportDays, in RowIssue issue)
    {
        ((StringColumnBuilder)builder[0]).Append(source);
        ((StringColumnBuilder)builder[1]).Append(file);
        ((ColumnBuilder<int>)builder[2]).Append(exportDays);
        ((ColumnBuilder<int>)builder[3]).Append(issue.Line);
        ((ColumnBuilder<int>)builder[4]).Append(issue.Field);
        ((StringColumnBuilder)builder[5]).Append(issue.Column);
        ((StringColumnBuilder)builder[6]).Append(issue.Code);
        ((StringColumnBuilder)builder[7]).Append(issue.Detail);
    }
}

/// <summary>One reject or warning of the current row.</summary>
internal readonly record struct RowIssue(int Line, int Field, string Column, string Code, string Detail);
