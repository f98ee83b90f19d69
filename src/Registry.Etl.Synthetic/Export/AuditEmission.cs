namespace Registry.Etl.Synthetic.Export;

/// <summary>
/// One row of a hospital's audit export: which case, in which quarterly export, as which version.
/// </summary>
/// <param name="Case">Index of the DCRA or DHBA case.</param>
/// <param name="Quarter">Export quarter (0 = first quarter of the first year).</param>
/// <param name="Version">1 = first submission; higher = a re-send with new content.</param>
/// <param name="Duplicate">An identical copy of a row sent before (in this or an earlier export).</param>
/// <param name="Flawed">The content still carries the error a later correction fixes.</param>
internal readonly record struct AuditEmission(int Case, int Quarter, int Version, bool Duplicate, bool Flawed);
