namespace Registry.Etl.Statistics.Proportions;

/// <summary>The named one-proportion confidence interval methods (x successes out of n trials).</summary>
/// <remarks>
/// Every method returns exactly 0 as the lower bound at x = 0 and exactly 1 as the upper bound at x = n.
/// Sources: Wilson EB, J Am Stat Assoc 1927;22:209-212; Newcombe RG, Stat Med 1998;17:857-872 (methods 3
/// and 4); Clopper CJ, Pearson ES, Biometrika 1934;26:404-413; Brown LD, Cai TT, DasGupta A, Stat Sci
/// 2001;16:101-133 (Jeffreys, §4.1.2); R 4.2.2 <c>prop.test</c> and <c>binom.test</c>.
/// </remarks>
public enum ProportionInterval
{
    /// <summary>
    /// Wilson score interval without continuity correction:
    /// <c>(2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²))</c> (Newcombe 1998 method 3), identical to
    /// <c>prop.test(x, n, correct = FALSE)$conf.int</c>; exactly 0 at x = 0 and 1 at x = n as prop.test.
    /// </summary>
    Wilson,

    /// <summary>
    /// Wilson score interval with continuity correction, Newcombe (1998) method 4:
    /// <c>L = (2np + z² − 1 − z√(z² − 2 − 1/n + 4p(n(1 − p) + 1))) / (2(n + z²))</c>,
    /// <c>U = (2np + z² + 1 + z√(z² + 2 − 1/n + 4p(n(1 − p) − 1))) / (2(n + z²))</c>, with L = 0 at x = 0,
    /// U = 1 at x = n, and both clipped to [0, 1].
    /// </summary>
    WilsonContinuityCorrected,

    /// <summary>
    /// R's <c>prop.test(x, n, correct = TRUE)$conf.int</c>: the Wilson interval of the proportion shifted by
    /// a correction that prop.test shrinks to <c>min(0.5, |x − n/2|)</c> (its null p = 0.5). At x = n/2 it
    /// is therefore the uncorrected Wilson interval; elsewhere it equals <see cref="WilsonContinuityCorrected"/>.
    /// Given for parity with R only.
    /// </summary>
    PropTestContinuityCorrected,

    /// <summary>
    /// Clopper-Pearson exact interval: <c>[qbeta(α/2, x, n − x + 1), qbeta(1 − α/2, x + 1, n − x)]</c>, with 0
    /// at x = 0 and 1 at x = n; identical to <c>binom.test(x, n)$conf.int</c>.
    /// </summary>
    ClopperPearson,

    /// <summary>
    /// Jeffreys interval (Brown, Cai &amp; DasGupta 2001 §4.1.2): the equal-tailed Beta(x + ½, n − x + ½)
    /// posterior interval <c>[qbeta(α/2, x + ½, n − x + ½), qbeta(1 − α/2, x + ½, n − x + ½)]</c>, with the
    /// lower bound set to 0 at x = 0 and the upper bound to 1 at x = n (their modification).
    /// </summary>
    Jeffreys,
}
