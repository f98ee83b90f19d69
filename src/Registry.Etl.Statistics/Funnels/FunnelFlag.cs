namespace Registry.Etl.Statistics.Funnels;

/// <summary>Where a unit's value lies against its 95% and 99.8% funnel limits.</summary>
/// <remarks>
/// Spiegelhalter 2005 (Stat Med §3): the 95% limits give an "alert", the 99.8% limits an "alarm". A value is
/// outside a limit only when strictly beyond it; a value on a limit is within. The codes
/// (<see cref="FunnelFlagCodes.ToCode"/>) are those of the indicator output contract.
/// </remarks>
public enum FunnelFlag
{
    /// <summary>Above the upper 99.8% limit: <c>above_99.8</c>.</summary>
    Above998,

    /// <summary>Above the upper 95% limit, not above the 99.8% one: <c>above_95</c>.</summary>
    Above95,

    /// <summary>Within both 95% limits: <c>within</c>.</summary>
    Within,

    /// <summary>Below the lower 95% limit, not below the 99.8% one: <c>below_95</c>.</summary>
    Below95,

    /// <summary>Below the lower 99.8% limit: <c>below_99.8</c>.</summary>
    Below998,
}
