namespace Registry.Etl.Indicators.Specs;

/// <summary>
/// The CI a spec asks for by name; each maps to a cited method of Registry.Etl.Statistics:
/// proportions <c>wilson</c>, <c>wilson_cc</c>, <c>clopper_pearson</c>, <c>jeffreys</c>
/// (<see cref="Statistics.Proportions.ProportionInterval"/>); median/quantile <c>order_statistic</c>
/// (<see cref="Statistics.Quantiles.QuantileInterval"/>); O/E <c>garwood</c>, <c>byar</c>
/// (<see cref="Statistics.Standardisation.RatioInterval"/>); <c>none</c> for counts.
/// </summary>
public enum CiMethod
{
    None,
    Wilson,
    WilsonContinuityCorrected,
    ClopperPearson,
    Jeffreys,
    OrderStatistic,
    Garwood,
    Byar,
}
