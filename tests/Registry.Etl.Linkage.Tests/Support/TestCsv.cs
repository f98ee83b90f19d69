using System.Text;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Linkage.Tests.Support;

/// <summary>A minimal RFC 4180 reader for the test data: every column a string, fields trimmed, empty = null.</summary>
internal static class TestCsv
{
    public static Table Read(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, relativePath), Encoding.UTF8);
        var header = Split(lines[0]);
        var builders = header.Select(h => new StringColumnBuilder(new ColumnSchema(h, ColumnKind.String))).ToArray();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            for (var i = 0; i < builders.Length; i++)
            {
                var v = i < fields.Count ? fields[i] : string.Empty;
                builders[i].Append(v.Length == 0 ? null : v);
            }
        }

        return new Table(new TableSchema(builders.Select(b => b.Schema)), [.. builders.Select(b => b.Build())]);
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return fields;
    }
}
