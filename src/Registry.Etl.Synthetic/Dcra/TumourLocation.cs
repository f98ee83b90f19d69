namespace Registry.Etl.Synthetic.Dcra;

/// <summary>Tumour location groups of the case-mix model (domain.md 2.3).</summary>
internal enum TumourLocation
{
    RightColon,
    LeftColon,
    Rectum,
}
