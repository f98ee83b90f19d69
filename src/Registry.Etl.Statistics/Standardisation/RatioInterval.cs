namespace Registry.Etl.Statistics.Standardisation;

/// <summary>The named confidence-interval methods for an O/E ratio (standardised ratio) with E treated as fixed.</summary>
/// <remarks>O is taken as Poisson; the interval for its mean is divided by E.</remarks>
public enum RatioInterval
{
    /// <summary>
    /// Exact Poisson interval (Garwood F, Biometrika 1936;28:437-442):
    /// <c>[χ²_{α/2}(2O)/2, χ²_{1−α/2}(2O + 2)/2] / E</c>, lower 0 at O = 0; identical to R's
    /// <c>poisson.test(O, E)$conf.int</c>.
    /// </summary>
    ExactGarwood,

    /// <summary>
    /// Byar's approximation as given by Breslow NE, Day NE, Statistical Methods in Cancer Research II (IARC 1987),
    /// eq. 2.16: lower <c>O(1 − 1/(9O) − z/(3√O))³/E</c>, upper
    /// <c>(O + 1)(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³/E</c>; lower 0 at O = 0 and clipped at 0 where the cube turns negative (small O, large z). This is the PHEindicatormethods
    /// variant (not epitools' <c>pois.byar</c>, which uses O + ½ in both).
    /// </summary>
    Byar,
}
