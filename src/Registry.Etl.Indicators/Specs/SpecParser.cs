using Registry.Etl.Core;
using Registry.Etl.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Indicators.Specs;

/// <summary>
/// Parses the text of one spec file into an <see cref="IndicatorSpec"/> (shape only: expressions are
/// checked by the compiler). The first problem throws a <see cref="ConfigurationException"/> with file,
/// line and column. The format's reference is <c>indicator-specs/README.md</c>.
/// </summary>
public static partial class SpecParser
{
    internal static readonly string[] TopKeys =
    [
        "id", "version", "status", "definition_year", "title", "definition", "dataset", "unit", "index_date",
        "population", "exclusions", "numerator", "type", "value", "quantile", "stratification", "ci_method",
        "case_mix", "funnel", "minimum_denominator", "suppression_threshold", "parameters", "code_lists",
        "changelog", "test_cases",
    ];

    public static IndicatorSpec Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var canonical = SpecHash.Canonical(text);
        var y = new SpecYaml(file, canonical.Split('\n'));
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(canonical));
        }
        catch (YamlException e)
        {
            return Throw.Configuration<IndicatorSpec>($"Not valid YAML: {e.Message}", new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column));
        }

        if (stream.Documents.Count != 1)
        {
            return Throw.Configuration<IndicatorSpec>("A spec file holds exactly one YAML document.", new SourceLocation(file, 1, 1));
        }

        var root = y.Mapping(stream.Documents[0].RootNode, "The spec");
        y.AllowOnly(root, "the spec", TopKeys);
        var type = y.Choice(y.Required(root, "type", "The spec"), "type", Vocabulary.Types);
        return new IndicatorSpec
        {
            Id = y.String(root, "id", "The spec"),
            Version = y.Int(root, "version", "The spec"),
            Status = y.Choice(y.Required(root, "status", "The spec"), "status", Vocabulary.Statuses),
            DefinitionYear = y.Int(root, "definition_year", "The spec"),
            Title = Title(y, root),
            Definition = y.String(root, "definition", "The spec"),
            Dataset = y.String(root, "dataset", "The spec"),
            UnitOfAnalysis = y.String(root, "unit", "The spec"),
            IndexDate = y.Text(root, "index_date", "The spec"),
            Population = y.Text(root, "population", "The spec"),
            Exclusions = Exclusions(y, root),
            Numerator = y.OptionalText(root, "numerator", "The spec"),
            Type = type,
            Value = y.OptionalText(root, "value", "The spec"),
            Quantile = Quantile(y, root),
            Stratification = Stratification(y, y.Mapping(y.Required(root, "stratification", "The spec"), "stratification")),
            CiMethod = y.Choice(y.Required(root, "ci_method", "The spec"), "ci_method", Vocabulary.CiMethods),
            CaseMix = SpecYaml.Get(root, "case_mix") is { } cm ? CaseMix(y, y.Mapping(cm, "case_mix")) : null,
            Funnel = SpecYaml.Get(root, "funnel") is { } f ? Funnel(y, y.Mapping(f, "funnel")) : null,
            MinimumDenominator = y.Int(root, "minimum_denominator", "The spec"),
            SuppressionThreshold = y.Int(root, "suppression_threshold", "The spec"),
            Parameters = Parameters(y, root),
            CodeLists = CodeLists(y, root),
            Changelog = Changelog(y, root),
            TestCases = TestCases(y, root),
            File = file,
            Hash = SpecHash.Compute(text),
            Location = y.At(root),
        };
    }

    private static LocalizedText Title(SpecYaml y, YamlMappingNode root)
    {
        var map = y.Mapping(y.Required(root, "title", "The spec"), "title");
        y.AllowOnly(map, "title", "nl", "en");
        return new LocalizedText(y.String(map, "nl", "title"), y.String(map, "en", "title"));
    }

    private static List<ExclusionSpec> Exclusions(SpecYaml y, YamlMappingNode root)
    {
        var list = new List<ExclusionSpec>();
        if (SpecYaml.Get(root, "exclusions") is not { } node)
        {
            return list;
        }

        foreach (var item in y.Sequence(node, "exclusions"))
        {
            var map = y.Mapping(item, "An exclusion");
            y.AllowOnly(map, "an exclusion", "name", "when");
            list.Add(new ExclusionSpec(y.String(map, "name", "An exclusion"), y.Text(map, "when", "An exclusion")));
        }

        return list;
    }

    private static QuantileSpec? Quantile(SpecYaml y, YamlMappingNode root)
    {
        if (SpecYaml.Get(root, "quantile") is not { } node)
        {
            return null;
        }

        var map = y.Mapping(node, "quantile");
        y.AllowOnly(map, "quantile", "probability", "definition");
        var p = y.DoubleOf(y.Required(map, "probability", "quantile"), "quantile.probability");
        if (!(p > 0 && p < 1))
        {
            Throw.Configuration($"quantile.probability lies strictly between 0 and 1; got {p}.", y.At(map));
        }

        return new QuantileSpec(p, y.Choice(y.Required(map, "definition", "quantile"), "quantile.definition", Vocabulary.QuantileDefinitions));
    }

    private static StratificationSpec Stratification(SpecYaml y, YamlMappingNode map)
    {
        y.AllowOnly(map, "stratification", "period", "units", "by");
        var period = y.Choice(y.Required(map, "period", "stratification"), "stratification.period", Vocabulary.Periods);
        bool hospital = false, national = false;
        foreach (var unit in y.Sequence(y.Required(map, "units", "stratification"), "stratification.units"))
        {
            switch (y.Scalar(unit, "A unit"))
            {
                case "hospital":
                    hospital = true;
                    break;
                case "national":
                    national = true;
                    break;
                case var other:
                    Throw.Configuration($"stratification.units lists hospital and/or national; got '{other}' (regions need a region column the datasets do not carry yet).", y.At(unit));
                    break;
            }
        }

        if (!hospital && !national)
        {
            Throw.Configuration("stratification.units needs hospital and/or national.", y.At(map));
        }

        StratumSpec? by = null;
        if (SpecYaml.Get(map, "by") is { } byNode)
        {
            var b = y.Mapping(byNode, "stratification.by");
            y.AllowOnly(b, "stratification.by", "name", "expression");
            by = new StratumSpec(y.String(b, "name", "stratification.by"), y.Text(b, "expression", "stratification.by"));
        }

        return new StratificationSpec(period, hospital, national, by);
    }

    private static CaseMixSpec CaseMix(SpecYaml y, YamlMappingNode map)
    {
        y.AllowOnly(map, "case_mix", "covariates", "oe_ci_method");
        var covariates = new List<CovariateSpec>();
        foreach (var item in y.Sequence(y.Required(map, "covariates", "case_mix"), "case_mix.covariates"))
        {
            var c = y.Mapping(item, "A covariate");
            y.AllowOnly(c, "a covariate", "name", "factor", "numeric", "reference");
            var name = y.String(c, "name", "A covariate");
            var factor = y.OptionalText(c, "factor", "A covariate");
            var numeric = y.OptionalText(c, "numeric", "A covariate");
            var reference = y.OptionalString(c, "reference", "A covariate");
            if ((factor is null) == (numeric is null))
            {
                Throw.Configuration($"Covariate '{name}' needs exactly one of 'factor' or 'numeric'.", y.At(c));
            }

            if (factor is not null && string.IsNullOrEmpty(reference))
            {
                Throw.Configuration($"Factor covariate '{name}' needs a 'reference' level (no silent default).", y.At(c));
            }

            if (numeric is not null && reference is not null)
            {
                Throw.Configuration($"Numeric covariate '{name}' has no reference level.", y.At(c));
            }

            covariates.Add(factor is not null
                ? new CovariateSpec(name, factor, CovariateKind.Factor, reference)
                : new CovariateSpec(name, numeric!, CovariateKind.Numeric, null));
        }

        var oe = y.Choice(y.Required(map, "oe_ci_method", "case_mix"), "case_mix.oe_ci_method", Vocabulary.CiMethods);
        if (oe is not (CiMethod.Garwood or CiMethod.Byar))
        {
            Throw.Configuration("case_mix.oe_ci_method is garwood or byar.", y.At(y.Required(map, "oe_ci_method", "case_mix")));
        }

        return new CaseMixSpec(covariates, oe);
    }

    private static FunnelSpec Funnel(SpecYaml y, YamlMappingNode map)
    {
        y.AllowOnly(map, "funnel", "limits", "overdispersion", "winsorisation");
        var limits = y.Sequence(y.Required(map, "limits", "funnel"), "funnel.limits");
        var given = limits.Children.Select(n => y.Scalar(n, "A limit")).ToArray();
        if (given is not ["95", "99.8"])
        {
            Throw.Configuration("funnel.limits are [95, 99.8] (the DICA/NICE convention, domain.md 2.4).", y.At(limits));
        }

        var od = y.Choice(y.Required(map, "overdispersion", "funnel"), "funnel.overdispersion", Vocabulary.Overdispersion);
        double? w = SpecYaml.Get(map, "winsorisation") is { } wn ? y.DoubleOf(wn, "funnel.winsorisation") : null;
        if (od != Statistics.Funnels.OverdispersionAdjustment.None && w is null)
        {
            Throw.Configuration("funnel.winsorisation (fraction per tail, e.g. 0.1) is needed to estimate over-dispersion.", y.At(map));
        }

        if (w is { } f && !(f > 0 && f < 0.5))
        {
            Throw.Configuration($"funnel.winsorisation lies in (0, 0.5); got {f}.", y.At(SpecYaml.Get(map, "winsorisation")!));
        }

        return new FunnelSpec(od, w);
    }
}
