namespace Registry.Etl.Synthetic.Export;

/// <summary>The byte encodings the sources deliver.</summary>
internal enum TextEncoding
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    Utf8,

    /// <summary>UTF-8 starting with EF BB BF.</summary>
    Utf8Bom,

    /// <summary>Windows-1252 (no BOM), what Excel writes on a Dutch Windows PC.</summary>
    Windows1252,
}
