namespace Registry.Etl.Statistics.Regression;

/// <summary>One column of the design matrix: the intercept, a numeric covariate, or one dummy of a factor.</summary>
internal sealed record DesignTerm(string Term, string Covariate, string? Level, int CovariateIndex)
{
    public const string InterceptName = "(Intercept)";

    public bool IsIntercept => CovariateIndex < 0;
}
