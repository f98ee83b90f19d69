using System.Globalization;
using System.Text;
using Registry.Etl.Indicators.Engine;
using Registry.Etl.Indicators.Specs;
using Registry.Etl.Statistics.Funnels;

namespace Registry.Etl.Indicators.Explain;

/// <summary>
/// <c>registry-etl explain id@version</c>: the definition as a committee member reads it (rekenregel), from
/// the compiled spec, so what is printed is what is computed. Snapshot-tested per spec.
/// </summary>
public static class SpecExplainer
{
    public static string Render(IndicatorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var plan = SpecCompiler.Compile(spec);
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');
        void Field(string name, string text) => Line(string.Create(CultureInfo.InvariantCulture, $"{name,-22}{text}"));

        Line($"{spec.Title.En} ({spec.Title.Nl})");
        Line($"{spec.Key} - {Vocabulary.Name(Vocabulary.Statuses, spec.Status)}, definition year {spec.DefinitionYear.ToString(CultureInfo.InvariantCulture)}");
        Line($"sha256 {spec.Hash}");
        Line();
        Line("Definition");
        foreach (var paragraph in Wrap(spec.Definition.Trim(), 96))
        {
            Line($"  {paragraph}");
        }

        Line();
        Field("Dataset", $"{spec.Dataset} (one row per {spec.UnitOfAnalysis})");
        Field("Index date", plan.IndexDate.ToDisplayString());
        Field("Indicator type", Describe(spec));
        Line();
        Line("Population (denominator)");
        Line($"  rows where {plan.Population.ToDisplayString()}");
        foreach (var (exclusion, when) in plan.Exclusions)
        {
            Line($"  excluding {exclusion.Name}: {when.ToDisplayString()}");
        }

        if (plan.Numerator is { } numerator)
        {
            Line("Numerator");
            Line($"  rows where {numerator.ToDisplayString()}");
        }

        if (plan.Value is { } value)
        {
            Line("Value");
            Line($"  {value.ToDisplayString()} (rows with a null value are left out)");
        }

        Line("  A condition that is null (unknown) counts as false.");
        Line();
        Field("Periods", spec.Stratification.Period == PeriodKind.Year ? "calendar year of the index date" : "calendar quarter of the index date");
        Field("Units", string.Join(" and ", new[] { spec.Stratification.Hospital ? "per hospital (AGB)" : null, spec.Stratification.National ? "national" : null }.Where(x => x is not null)));
        if (plan.Stratum is { } stratum)
        {
            Field("Strata", $"{spec.Stratification.By!.Name} = {stratum.ToDisplayString()}");
        }

        Field("Confidence interval", $"95%, {CiText(spec.CiMethod)}");
        if (spec.CaseMix is { } caseMix)
        {
            Line();
            Line($"Case-mix adjustment: logistic regression fitted on all national rows of {spec.DefinitionYear.ToString(CultureInfo.InvariantCulture)}{(plan.Stratum is null ? string.Empty : " per stratum")};");
            Line("  expected = sum of predicted risks; O/E with a 95% " + CiText(caseMix.OeCiMethod) + " interval.");
            foreach (var (covariate, expression) in plan.Covariates)
            {
                Line(covariate.Kind == CovariateKind.Factor
                    ? $"  - {covariate.Name} (factor, reference {covariate.Reference}): {expression.ToDisplayString()}"
                    : $"  - {covariate.Name} (numeric): {expression.ToDisplayString()}");
            }
        }

        if (spec.Funnel is { } funnel)
        {
            Line();
            Line($"Funnel plot: 95% and 99.8% control limits around the national {(spec.Type == IndicatorType.OeRatio ? "O/E of 1" : "proportion")};");
            Line(funnel.Overdispersion switch
            {
                OverdispersionAdjustment.None => "  exact limits (Spiegelhalter 2005), no over-dispersion.",
                OverdispersionAdjustment.Multiplicative => string.Create(CultureInfo.InvariantCulture, $"  multiplicative over-dispersion (phi) on z-scores Winsorised at {funnel.Winsorisation:0.##} per tail."),
                _ => string.Create(CultureInfo.InvariantCulture, $"  additive over-dispersion (DerSimonian-Laird tau^2) on z-scores Winsorised at {funnel.Winsorisation:0.##} per tail."),
            });
            Line("  flags: above_99.8, above_95, within, below_95, below_99.8.");
        }

        Line();
        Field("Suppression", spec.SuppressionThreshold > 1
            ? string.Create(CultureInfo.InvariantCulture, $"hospitals with denominator < {spec.MinimumDenominator} or numerator 1..{spec.SuppressionThreshold - 1}")
            : spec.MinimumDenominator > 0 ? string.Create(CultureInfo.InvariantCulture, $"hospitals with denominator < {spec.MinimumDenominator}") : "none");
        if (spec.Parameters.Count > 0)
        {
            Field("Parameters", string.Join(", ", spec.Parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} = {p.Value}"))));
        }

        foreach (var (name, codes) in spec.CodeLists)
        {
            Field($"Code list {name}", string.Join(", ", codes));
        }

        Line();
        Line("Changelog");
        foreach (var c in spec.Changelog.OrderBy(c => c.Version))
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"  v{c.Version} {c.Date:yyyy-MM-dd}: {c.Change}"));
        }

        return sb.ToString();
    }

    private static string Describe(IndicatorSpec spec) => spec.Type switch
    {
        IndicatorType.Proportion => spec.CaseMix is null ? "proportion (numerator / denominator)" : "proportion (numerator / denominator), with case-mix O/E",
        IndicatorType.Count => "count of rows",
        IndicatorType.Median => $"median ({Vocabulary.Name(Vocabulary.QuantileDefinitions, spec.Quantile!.Definition)} sample quantile)",
        IndicatorType.Quantile => string.Create(CultureInfo.InvariantCulture, $"quantile {spec.Quantile!.Probability} ({Vocabulary.Name(Vocabulary.QuantileDefinitions, spec.Quantile.Definition)} sample quantile)"),
        _ => "observed / expected ratio (case-mix adjusted)",
    };

    private static string CiText(CiMethod method) => method switch
    {
        CiMethod.Wilson => "Wilson score",
        CiMethod.WilsonContinuityCorrected => "Wilson score with continuity correction",
        CiMethod.ClopperPearson => "Clopper-Pearson exact",
        CiMethod.Jeffreys => "Jeffreys",
        CiMethod.OrderStatistic => "distribution-free order-statistic",
        CiMethod.Garwood => "exact Poisson (Garwood)",
        CiMethod.Byar => "Byar approximation",
        _ => "none",
    };

    private static IEnumerable<string> Wrap(string text, int width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            yield return line.ToString();
        }
    }
}
