using System.Text.Json;
using System.Text.Json.Serialization;

namespace Registry.Etl.Pipeline.Manifest;

/// <summary>
/// The one JSON form of manifests: snake_case, indented with '\n' line ends whatever the OS, properties in
/// declaration order, nulls written out. Same record -> same bytes.
/// </summary>
public static class ManifestJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // paths and versions stay readable ('+' rather than \u002B); the file is data, never embedded in HTML
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize<T>(T value)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, Options);
        var result = new byte[bytes.Length + 1];
        bytes.CopyTo(result, 0);
        result[^1] = (byte)'\n';
        return result;
    }

    public static RunManifest Read(string path) =>
        JsonSerializer.Deserialize<RunManifest>(File.ReadAllBytes(path), Options)
        ?? throw new InvalidDataException($"'{path}' holds no manifest.");
}
