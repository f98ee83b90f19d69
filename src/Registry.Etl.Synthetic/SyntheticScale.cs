namespace Registry.Etl.Synthetic;

/// <summary>Preset sizes of the synthetic world.</summary>
public enum SyntheticScale
{
    /// <summary>The committed sample: >= 20 hospitals, all sources, a few MB.</summary>
    Small,

    /// <summary>National volumes (~70 hospitals, ~12,000 DCRA and ~120,000 NKR tumours per year, ~2,000,000 LBZ admissions per year).</summary>
    National,
}
