using System.Text.Json;

namespace Registry.Etl.Parquet.Tests.Support;

/// <summary>A table in canonical forms as the node scripts print it: column name to values.</summary>
internal sealed class ExpectedTable
{
    private ExpectedTable(int rows, Dictionary<string, string?[]> columns, JsonElement root)
    {
        Rows = rows;
        Columns = columns;
        Root = root;
    }

    public int Rows { get; }

    public Dictionary<string, string?[]> Columns { get; }

    public JsonElement Root { get; }

    public static ExpectedTable Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement.Clone();
        return new ExpectedTable(root.GetProperty("rows").GetInt32(), ReadColumns(root.GetProperty("columns")), root);
    }

    public static Dictionary<string, string?[]> ReadColumns(JsonElement columns)
    {
        var result = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var column in columns.EnumerateArray())
        {
            result[column.GetProperty("name").GetString()!] = column.GetProperty("values").EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString())
                .ToArray();
        }

        return result;
    }
}
