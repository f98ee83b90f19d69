using Registry.Etl.Core.Errors;

namespace Registry.Etl.Indicators.Specs;

/// <summary>
/// One immutable version of an indicator as its file <c>indicator-specs/&lt;id&gt;/v&lt;version&gt;.yaml</c>
/// says it: a model that mirrors the file (the reference is <c>indicator-specs/README.md</c>). Expressions
/// stay text with their positions here; <see cref="Engine.SpecCompiler"/> checks them against a dataset schema.
/// </summary>
public sealed record IndicatorSpec
{
    public required string Id { get; init; }

    public required int Version { get; init; }

    public required SpecStatus Status { get; init; }

    /// <summary>The definitiejaar (domain.md 2.4): the year this definition applies to; the case-mix model is fitted on it.</summary>
    public required int DefinitionYear { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The human definition a committee member reads.</summary>
    public required string Definition { get; init; }

    /// <summary><c>dcra</c> or <c>dhba</c>: the analysis dataset the expressions are written against.</summary>
    public required string Dataset { get; init; }

    /// <summary>What one row is (e.g. "primary colorectal resection"): the unit of analysis, for the reader.</summary>
    public required string UnitOfAnalysis { get; init; }

    /// <summary>The date column that places a row in a period (e.g. <c>operation_date</c>).</summary>
    public required SpecText IndexDate { get; init; }

    public required SpecText Population { get; init; }

    public required IReadOnlyList<ExclusionSpec> Exclusions { get; init; }

    /// <summary>Boolean: the event counted (proportion, O/E; optional for count).</summary>
    public SpecText? Numerator { get; init; }

    public required IndicatorType Type { get; init; }

    /// <summary>Number: the value summarised (median, quantile).</summary>
    public SpecText? Value { get; init; }

    /// <summary>Median/quantile: the probability and the sample-quantile definition.</summary>
    public QuantileSpec? Quantile { get; init; }

    public required StratificationSpec Stratification { get; init; }

    /// <summary>The CI method of the value, by name (see <see cref="CiMethod"/>).</summary>
    public required CiMethod CiMethod { get; init; }

    public CaseMixSpec? CaseMix { get; init; }

    public FunnelSpec? Funnel { get; init; }

    /// <summary>A hospital with fewer rows in the denominator is suppressed (its value is not published).</summary>
    public required int MinimumDenominator { get; init; }

    /// <summary>A hospital whose numerator lies in 1 .. threshold - 1 is suppressed (small cell).</summary>
    public required int SuppressionThreshold { get; init; }

    public required IReadOnlyDictionary<string, object> Parameters { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> CodeLists { get; init; }

    public required IReadOnlyList<ChangelogEntry> Changelog { get; init; }

    public required IReadOnlyList<WorkedCase> TestCases { get; init; }

    /// <summary>The file it was read from (as given), for messages.</summary>
    public required string File { get; init; }

    /// <summary>sha256 (lower-case hex) of the canonical file text (<see cref="SpecHash"/>).</summary>
    public required string Hash { get; init; }

    public SourceLocation Location { get; init; }

    public string Key => $"{Id}@{Version}";
}
