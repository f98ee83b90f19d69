using System.Text;
using System.Text.Json;
using Registry.Etl.Core;

namespace Registry.Etl.Linkage.Results;

/// <summary>Reads and writes <see cref="LinkageParameters"/> as JSON text (format <c>registry-etl/linkage-parameters@1</c>).</summary>
public static class LinkageParametersJson
{
    public const string Format = "registry-etl/linkage-parameters@1";

    public static string Write(LinkageParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("model", parameters.ModelName);
            w.WriteString("model_hash", parameters.ModelHash);
            w.WriteNumber("lambda", parameters.Lambda);
            w.WriteNumber("u_sampled_pairs", parameters.USampledPairs);
            w.WriteNumber("rounds", parameters.Rounds);
            w.WriteStartArray("comparisons");
            foreach (var c in parameters.Comparisons)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteStartArray("levels");
                foreach (var l in c.Levels)
                {
                    w.WriteStartObject();
                    w.WriteString("label", l.Label);
                    w.WriteNumber("m", l.M);
                    w.WriteNumber("u", l.U);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("sessions");
            foreach (var s in parameters.Sessions)
            {
                w.WriteStartObject();
                w.WriteString("rule", s.Rule);
                w.WriteStartArray("fixed");
                foreach (var f in s.FixedComparisons)
                {
                    w.WriteStringValue(f);
                }

                w.WriteEndArray();
                w.WriteNumber("pairs", s.Pairs);
                w.WriteNumber("pairs_used", s.PairsUsed);
                w.WriteNumber("distinct_patterns", s.DistinctPatterns);
                w.WriteNumber("lambda", s.Lambda);
                w.WriteNumber("iterations", s.Iterations);
                w.WriteBoolean("converged", s.Converged);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <param name="json">The text of a parameter file.</param>
    /// <param name="source">The file name, for error messages.</param>
    public static LinkageParameters Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.GetProperty("format").GetString() != Format)
            {
                Throw.Configuration($"{source}: not a linkage parameter file (format must be {Format}).");
            }

            var comparisons = new List<ComparisonParameters>();
            foreach (var c in root.GetProperty("comparisons").EnumerateArray())
            {
                var levels = new List<LevelParameters>();
                foreach (var l in c.GetProperty("levels").EnumerateArray())
                {
                    levels.Add(new LevelParameters(l.GetProperty("label").GetString()!, l.GetProperty("m").GetDouble(), l.GetProperty("u").GetDouble()));
                }

                comparisons.Add(new ComparisonParameters(c.GetProperty("name").GetString()!, levels));
            }

            return new LinkageParameters(
                root.GetProperty("model").GetString()!,
                root.GetProperty("model_hash").GetString()!,
                root.GetProperty("lambda").GetDouble(),
                comparisons)
            {
                USampledPairs = root.GetProperty("u_sampled_pairs").GetInt64(),
                Rounds = root.GetProperty("rounds").GetInt32(),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return Throw.Configuration<LinkageParameters>($"{source}: cannot read linkage parameters: {e.Message}");
        }
    }
}
