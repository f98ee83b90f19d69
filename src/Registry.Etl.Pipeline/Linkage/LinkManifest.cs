namespace Registry.Etl.Pipeline.Linkage;

/// <summary>What a `link` run read and wrote, saved as link.json in its output folder (link-eval reads it).</summary>
public sealed record LinkManifest(
    string Model,
    string Left,
    string? Right,
    LinkCsvOptions Csv,
    bool Trained,
    IReadOnlyList<LinkOutputFile> Outputs);
