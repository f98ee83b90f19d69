namespace Registry.Etl.Synthetic;

/// <summary>One file the generator wrote (or would write, in a plan).</summary>
/// <param name="Path">'/'-separated path relative to the output directory.</param>
/// <param name="Source">dcra, dhba, nkr, lbz or truth.</param>
/// <param name="ExportDate">Export date of an export file (and of its truth mirror); null for global truth files.</param>
/// <param name="Rows">Data rows (header excluded).</param>
/// <param name="Bytes">File size.</param>
public sealed record GeneratedFile(string Path, string Source, DateOnly? ExportDate, long Rows, long Bytes);
