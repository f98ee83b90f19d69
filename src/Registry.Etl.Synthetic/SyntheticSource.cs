namespace Registry.Etl.Synthetic;

/// <summary>The sources the generator can write; combine to generate a subset.</summary>
[Flags]
public enum SyntheticSource
{
    None = 0,
    Dcra = 1,
    Dhba = 2,
    Nkr = 4,
    Lbz = 8,
    All = Dcra | Dhba | Nkr | Lbz,
}
