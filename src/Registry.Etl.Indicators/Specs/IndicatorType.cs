namespace Registry.Etl.Indicators.Specs;

/// <summary>What an indicator computes per unit and period (survival types come with a later issue).</summary>
public enum IndicatorType
{
    /// <summary>numerator / denominator with a binomial CI; funnel on the crude proportion.</summary>
    Proportion,

    /// <summary>The number of rows in the population (e.g. volume); no CI, no funnel.</summary>
    Count,

    /// <summary>The median of <c>value</c> with a distribution-free order-statistic CI.</summary>
    Median,

    /// <summary>A quantile of <c>value</c> with a distribution-free order-statistic CI.</summary>
    Quantile,

    /// <summary>Observed / expected events under the national case-mix model; funnel on the ratio.</summary>
    OeRatio,
}
