using Registry.Etl.Synthetic.Identity;

namespace Registry.Etl.Synthetic.Export;

/// <summary>How one exporting system writes its files: the per-source formats of the export reference.</summary>
internal sealed record ExportDialect(
    char Delimiter,
    TextEncoding Encoding,
    bool Crlf,
    DateStyle Dates,
    PostcodeStyle Postcodes = PostcodeStyle.Compact,
    bool BsnDropsLeadingZero = false)
{
    /// <summary>Decimal comma exactly when the delimiter is a semicolon.</summary>
    public bool DecimalComma => Delimiter == ';';

    public static ExportDialect Nkr { get; } = new(';', TextEncoding.Utf8, false, DateStyle.Iso);

    public static ExportDialect Lbz { get; } = new(',', TextEncoding.Utf8, false, DateStyle.Compact);

    /// <summary>The four hospital software vendors (DCRA); a hospital's dialect is stable.</summary>
    public static IReadOnlyList<ExportDialect> HospitalVendors { get; } =
    [
        new(';', TextEncoding.Utf8Bom, true, DateStyle.DayMonthYear, PostcodeStyle.Compact, false),
        new(';', TextEncoding.Windows1252, true, DateStyle.DayMonthYear, PostcodeStyle.Spaced, true),
        new(',', TextEncoding.Utf8Bom, true, DateStyle.DayMonthYear, PostcodeStyle.Compact, false),
        new(',', TextEncoding.Windows1252, true, DateStyle.DayMonthYear, PostcodeStyle.Spaced, false),
    ];

    /// <summary>Share of hospitals per vendor above: 75 % semicolon, 45 % Windows-1252.</summary>
    public static IReadOnlyList<double> HospitalVendorShares { get; } = [0.40, 0.35, 0.15, 0.10];

    /// <summary>DHBA: always semicolon, UTF-8 with BOM, CRLF; the postcode and BSN habits follow the hospital.</summary>
    public ExportDialect ForDhba() => this with { Delimiter = ';', Encoding = TextEncoding.Utf8Bom, Crlf = true };
}
