namespace Registry.Etl.Indicators.Specs;

/// <summary>Lifecycle of a spec version. Only a <see cref="Published"/> version is immutable (locked by hash).</summary>
public enum SpecStatus
{
    Draft,
    Published,
    Retired,
}
