namespace Registry.Etl.Synthetic.Identity;

/// <summary>How an exporting system writes a postcode: "1234AB", "1234 AB" or "1234ab".</summary>
internal enum PostcodeStyle
{
    Compact,
    Spaced,
    Lower,
}
