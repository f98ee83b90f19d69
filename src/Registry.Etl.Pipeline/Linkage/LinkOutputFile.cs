namespace Registry.Etl.Pipeline.Linkage;

/// <summary>One output file: name, rows and SHA-256 of its bytes.</summary>
public sealed record LinkOutputFile(string Name, long Rows, string Sha256);
