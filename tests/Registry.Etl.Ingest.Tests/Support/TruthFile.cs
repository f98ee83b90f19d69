using CsvHelper;

namespace Registry.Etl.Ingest.Tests.Support;

/// <summary>A row of sample-data/truth/&lt;source&gt;/&lt;file&gt;: the generator's record of what it did to each export row.</summary>
internal sealed record TruthRow(int Line, string SourceKey, IReadOnlySet<string> Noise);

internal static class TruthFile
{
    public static IReadOnlyList<TruthRow> Read(string source, string name)
    {
        var path = Path.Combine(Repo.SampleData, "truth", source, name);
        var rows = new List<TruthRow>();
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',', HasHeader = true });
        var line = reader.GetFieldIndex("line");
        var key = reader.GetFieldIndex("source_key");
        var noise = reader.GetFieldIndex("noise");
        while (reader.Read())
        {
            var tags = reader.GetString(noise).Split('|', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            rows.Add(new TruthRow(int.Parse(reader.GetString(line), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(key), tags));
        }

        return rows;
    }
}
