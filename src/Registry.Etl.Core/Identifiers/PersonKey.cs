namespace Registry.Etl.Core.Identifiers;

/// <summary>
/// A keyed pseudonym of a person (64 uppercase hex characters of HMAC-SHA256; domain.md 6.2).
/// Never a BSN: the raw identifier does not leave ingest.
/// </summary>
public readonly record struct PersonKey(string Value)
{
    public override string ToString() => Value ?? string.Empty;
}
