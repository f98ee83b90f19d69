namespace Registry.Etl.Core.Identifiers;

/// <summary>
/// A hospital's AGB code: 8 digits, hospitals start with zorgsoort 06 (Vektis; domain.md 6.3).
/// </summary>
public readonly record struct HospitalCode
{
    private HospitalCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(ReadOnlySpan<char> text, out HospitalCode code)
    {
        text = text.Trim();
        if (text.Length != 8)
        {
            code = default;
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                code = default;
                return false;
            }
        }

        code = new HospitalCode(text.ToString());
        return true;
    }

    public static HospitalCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException("An AGB code has 8 digits.");

    public override string ToString() => Value ?? string.Empty;
}
