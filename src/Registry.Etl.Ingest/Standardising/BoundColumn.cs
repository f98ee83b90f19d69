using System.Globalization;
using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>A contract column compiled against one file: its field index, its outputs and its checks.</summary>
internal sealed class BoundColumn
{
    public BoundColumn(ContractColumn column, int field, TableSchema schema)
    {
        Column = column;
        Field = field;
        var names = StandardisedSchema.NamesOf(column).ToArray();
        Output = names.Length == 0 ? -1 : schema.IndexOf(names[0]);
        Pattern = column.Pattern is null ? null : FieldPattern.Of(column.Pattern);
        Codes = column.Codes.Count == 0 ? null : new HashSet<string>(column.Codes, StringComparer.Ordinal);
        if (column.Type == FieldType.Int)
        {
            IntCodes = column.Codes.Count == 0 ? null : [.. column.Codes.Select(c => int.Parse(c, CultureInfo.InvariantCulture))];
            IntMap = column.Map.ToDictionary(kv => kv.Key, kv => kv.Value is null ? (int?)null : int.Parse(kv.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        }
    }

    public ContractColumn Column { get; }

    /// <summary>0-based field of the file, or -1 when the column is absent (from the contract version or the header).</summary>
    public int Field { get; }

    /// <summary>First standardised output column, or -1 for dropped text.</summary>
    public int Output { get; }

    public FieldPattern? Pattern { get; }

    public HashSet<string>? Codes { get; }

    public HashSet<int>? IntCodes { get; }

    public Dictionary<string, int?>? IntMap { get; }

    public string Raw => Column.Raw;
}
