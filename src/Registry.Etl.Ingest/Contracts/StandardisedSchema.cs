using Registry.Etl.Core.Data;

namespace Registry.Etl.Ingest.Contracts;

/// <summary>
/// The standardised table a contract produces: its columns in contract order (identifying columns expanded
/// into their pseudonyms and derived values), then the provenance columns ingest adds.
/// </summary>
public static class StandardisedSchema
{
    public const string SourceKey = "source_key";
    public const string ExportDate = "export_date";
    public const string SourceFile = "source_file";
    public const string SourceLine = "source_line";

    public static bool IsValidName(string name) =>
        name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>The standardised columns one contract column produces (none for dropped free text).</summary>
    public static IReadOnlyList<ColumnSchema> Of(ContractColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Type switch
        {
            FieldType.Text => [],
            FieldType.Bsn => [Pseudonym("person_key", "Keyed pseudonym of the 11-proof-valid BSN")],
            FieldType.BirthDate =>
            [
                Pseudonym("dob_key", "Keyed pseudonym of the date of birth (yyyy-MM-dd)"),
                Pseudonym("dob_swap_key", "Keyed pseudonym of the date of birth with day and month swapped"),
                new ColumnSchema("birth_year", ColumnKind.Int32),
                new ColumnSchema("age", ColumnKind.Int32) { Description = "Whole years at the index date" },
            ],
            FieldType.Postcode =>
            [
                Pseudonym("pc6_key", "Keyed pseudonym of the normalised PC6 postcode"),
                new ColumnSchema("pc4", ColumnKind.String) { Description = "The four digits of the postcode" },
            ],
            FieldType.PatientNumber => [Pseudonym("patient_number_key", "Keyed pseudonym of agb:patient number")],
            FieldType.String => [new ColumnSchema(column.Name!, ColumnKind.String, !column.Required)],
            FieldType.Int => [new ColumnSchema(column.Name!, ColumnKind.Int32, !column.Required || column.Map.Values.Any(v => v is null))],
            FieldType.Double => [new ColumnSchema(column.Name!, ColumnKind.Double, !column.Required)],
            FieldType.Bool => [new ColumnSchema(column.Name!, ColumnKind.Boolean, !column.Required)],
            FieldType.Date => [new ColumnSchema(column.Name!, ColumnKind.Date, !column.Required)],
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
    }

    public static IEnumerable<string> NamesOf(ContractColumn column) => Of(column).Select(c => c.Name);

    public static TableSchema Build(SourceContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var columns = new List<ColumnSchema>();
        foreach (var c in contract.Columns)
        {
            // an absent column is null in every row, so it is nullable whatever the contract says
            columns.AddRange(Of(c).Select(s => c.Absent ? s with { Nullable = true } : s));
        }

        columns.Add(new ColumnSchema(SourceKey, ColumnKind.String, false) { Description = "Source key: the key columns joined with |" });
        columns.Add(new ColumnSchema(ExportDate, ColumnKind.Date, false) { Description = "Export date of the file the row came from" });
        columns.Add(new ColumnSchema(SourceFile, ColumnKind.String, false) { Description = "File name of the export" });
        columns.Add(new ColumnSchema(SourceLine, ColumnKind.Int32, false) { Description = "Line on which the row starts" });
        return new TableSchema(columns);
    }

    private static ColumnSchema Pseudonym(string name, string description) =>
        new(name, ColumnKind.String) { Description = description };
}
