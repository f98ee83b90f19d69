namespace Registry.Etl.Synthetic.World;

/// <summary>What the ground truth says about a hospital.</summary>
[Flags]
internal enum HospitalRole
{
    Normal = 0,

    /// <summary>Planted high anastomotic-leakage effect (DCRA).</summary>
    LeakOutlier = 1,

    /// <summary>Planted high mortality effect (DCRA).</summary>
    MortalityOutlier = 2,

    /// <summary>No hospital effect at all, but an older, sicker and more urgent case-mix.</summary>
    CaseMixOnly = 4,

    /// <summary>Planted high major-morbidity effect (DHBA).</summary>
    MorbidityOutlier = 8,
}
