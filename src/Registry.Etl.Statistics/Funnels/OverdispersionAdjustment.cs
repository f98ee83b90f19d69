namespace Registry.Etl.Statistics.Funnels;

/// <summary>Which limits an indicator draws (a spec option).</summary>
/// <remarks>Spiegelhalter DJ, Qual Saf Health Care 2005;14:347-351: multiplicative φ versus additive random-effects τ².</remarks>
public enum OverdispersionAdjustment
{
    /// <summary>No adjustment: B(t0 ± z s).</summary>
    None,

    /// <summary>Multiplicative: B(t0 ± z √φ s), with the estimated φ as is (also when φ &lt; 1, as the oracle).</summary>
    Multiplicative,

    /// <summary>Additive (DerSimonian-Laird τ²): B(t0 ± z √(s² + τ²)).</summary>
    Additive,
}
