using Registry.Etl.Pipeline.Linkage;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>The ground truth of the sample data (sample-data/truth): per source key, the true person and the related records.</summary>
internal sealed class SampleTruth
{
    private readonly Dictionary<string, (string Person, string Kind, string[] Related, string Noise)> _byKey = new(StringComparer.Ordinal);

    public SampleTruth(string root)
    {
        foreach (var source in new[] { "dcra", "dhba", "nkr", "lbz" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, "truth", source), "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var t = LinkCsvReader.Read(file, new LinkCsvOptions(',', "utf-8"));
                var key = t.GetString("source_key");
                var person = t.GetString("person_id");
                var kind = t.GetString("kind");
                var related = t.GetString("related");
                var noise = t.GetString("noise");
                for (var r = 0; r < t.RowCount; r++)
                {
                    _byKey[source + ":" + key[r]] = (person[r]!, kind[r]!, (related[r] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries), noise[r] ?? string.Empty);
                }
            }
        }
    }

    public string Person(string source, string key) => _byKey[source + ":" + key].Person;

    public string Kind(string source, string key) => _byKey[source + ":" + key].Kind;

    /// <summary>The noise tags the generator applied to the record's latest row.</summary>
    public string Noise(string source, string key) => _byKey[source + ":" + key].Noise;

    /// <summary>Related records as <c>source:key</c> (e.g. <c>nkr:911218776</c>).</summary>
    public IReadOnlyList<string> Related(string source, string key) => _byKey[source + ":" + key].Related;
}
