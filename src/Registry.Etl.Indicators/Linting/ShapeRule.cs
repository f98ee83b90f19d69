using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Datasets;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Linting;

/// <summary>The fields a type needs are there, and the CI method fits the type.</summary>
internal sealed class ShapeRule : ISpecRule
{
    public void Check(IndicatorSpec spec, SpecFile file, SpecLock specLock, ICollection<SpecIssue> issues)
    {
        void Add(string code, string message) => issues.Add(new SpecIssue(spec.Location, code, message));
        if (!DatasetSchemas.TryGet(spec.Dataset, out _))
        {
            Add("dataset-unknown", $"dataset '{spec.Dataset}' is not one of {string.Join(", ", DatasetSchemas.Names)}.");
        }

        var needsNumerator = spec.Type is IndicatorType.Proportion or IndicatorType.OeRatio;
        if (needsNumerator && spec.Numerator is null)
        {
            Add("numerator-missing", $"A {spec.Type} indicator needs a numerator.");
        }

        var summarises = spec.Type is IndicatorType.Median or IndicatorType.Quantile;
        if (summarises != (spec.Value is not null))
        {
            Add("value", summarises ? "A median/quantile indicator needs a value expression." : "Only a median/quantile indicator has a value expression.");
        }

        if (summarises != (spec.Quantile is not null))
        {
            Add("quantile", summarises ? "A median/quantile indicator needs quantile: {probability, definition}." : "Only a median/quantile indicator has a quantile.");
        }

        if (spec.Type == IndicatorType.Median && spec.Quantile is { Probability: not 0.5 })
        {
            Add("quantile", "A median has quantile.probability 0.5.");
        }

        var allowed = spec.Type switch
        {
            IndicatorType.Proportion => [CiMethod.Wilson, CiMethod.WilsonContinuityCorrected, CiMethod.ClopperPearson, CiMethod.Jeffreys],
            IndicatorType.Median or IndicatorType.Quantile => [CiMethod.OrderStatistic],
            IndicatorType.OeRatio => [CiMethod.Garwood, CiMethod.Byar],
            _ => new[] { CiMethod.None },
        };
        if (Array.IndexOf(allowed, spec.CiMethod) < 0)
        {
            Add("ci-method", $"ci_method of a {spec.Type} indicator is one of {string.Join(", ", allowed.Select(a => Vocabulary.Name(Vocabulary.CiMethods, a)))}.");
        }

        if (spec.Type == IndicatorType.OeRatio && spec.CaseMix is null)
        {
            Add("case-mix-missing", "An oe_ratio indicator needs a case_mix model.");
        }

        if (spec.CaseMix is not null && !needsNumerator)
        {
            Add("case-mix", "Only proportion and oe_ratio indicators have a case-mix model.");
        }

        if (spec.Funnel is not null && !needsNumerator)
        {
            Add("funnel", "Only proportion and oe_ratio indicators have funnel limits.");
        }

        if (spec.MinimumDenominator < 0 || spec.SuppressionThreshold < 0)
        {
            Add("suppression", "minimum_denominator and suppression_threshold are >= 0.");
        }

        if (spec.TestCases.Count == 0)
        {
            Add("test-cases-missing", "A spec carries at least one worked test case.");
        }
    }
}
