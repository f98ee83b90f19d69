namespace Registry.Etl.Statistics.Funnels;

/// <summary>How extreme z-scores are tamed before φ and τ² are estimated (funnel.md §4).</summary>
public enum ZScoreAdjustment
{
    /// <summary>
    /// Winsorising (Spiegelhalter 2005 §6; FunnelPlotR <c>winsorisation()</c>): z-scores below the f-quantile are set
    /// to it and those above the (1 − f)-quantile to that, with R's quantile type 7
    /// (<see cref="Quantiles.QuantileDefinition.R7"/>); all I units are kept.
    /// </summary>
    Winsorise,

    /// <summary>
    /// Truncation (SHMI; FunnelPlotR <c>truncation()</c>): rank the z-scores (average ties), b = ⌊r·k/(I + 1)⌋ with
    /// k = 1/f, and keep only units with 1 ≤ b ≤ k − 2 (for f = 10%: drop the top and bottom deciles). 1/f must be
    /// an integer.
    /// </summary>
    Truncate,
}
