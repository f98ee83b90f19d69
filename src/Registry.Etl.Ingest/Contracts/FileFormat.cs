namespace Registry.Etl.Ingest.Contracts;

/// <summary>The dialect of an export file as the contract declares it.</summary>
/// <param name="Delimiters">One delimiter, or several to detect from the header line.</param>
/// <param name="Encoding"><c>utf-8</c> (BOM optional), <c>windows-1252</c>, or <c>detect</c> (BOM or valid UTF-8, else Windows-1252).</param>
/// <param name="DateFormat">Exact .NET date format, e.g. <c>dd-MM-yyyy</c>.</param>
/// <param name="Decimal">Decimal separator.</param>
public sealed record FileFormat(IReadOnlyList<char> Delimiters, string Encoding, string DateFormat, DecimalStyle Decimal);
