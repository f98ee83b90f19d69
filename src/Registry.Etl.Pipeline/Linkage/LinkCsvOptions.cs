namespace Registry.Etl.Pipeline.Linkage;

/// <summary>How a linkage input CSV is read: separator (null: detected), encoding name, whether the first line is a header.</summary>
public sealed record LinkCsvOptions(char? Delimiter = null, string Encoding = "utf-8", bool HasHeader = true);
