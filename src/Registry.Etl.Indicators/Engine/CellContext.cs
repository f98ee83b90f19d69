using Registry.Etl.Indicators.Specs;
using Registry.Etl.Statistics;
using Registry.Etl.Statistics.Proportions;
using Registry.Etl.Statistics.Quantiles;
using Registry.Etl.Statistics.Standardisation;

namespace Registry.Etl.Indicators.Engine;

/// <summary>One stratum x period being computed: turns a set of selected rows into a result row.</summary>
internal sealed class CellContext(IndicatorSpec spec, Selection selection, double[]? expected, Cell cell, string runId, string? caseMixNote)
{
    public IndicatorSpec Spec { get; } = spec;

    public Cell Cell { get; } = cell;

    public string RunId { get; } = runId;

    public string? CaseMixNote { get; } = caseMixNote;

    public (IndicatorResult Row, UnitCounts Counts) Summarise(List<int> rows, string unit) => SummariseWithCounts(rows, unit);

    public (IndicatorResult Row, UnitCounts Counts) SummariseWithCounts(List<int> rows, string unit)
    {
        long events = 0;
        var oe = ObservedExpectedCounts.Empty;
        foreach (var k in rows)
        {
            events += selection.Event[k] ? 1 : 0;
            if (expected is not null && !double.IsNaN(expected[k]))
            {
                oe = oe.Add(selection.Event[k], expected[k]);
            }
        }

        var counts = new UnitCounts(rows.Count, events, oe);
        var row = new IndicatorResult
        {
            IndicatorId = Spec.Id,
            Version = Spec.Version,
            SpecHash = Spec.Hash,
            Stratum = Cell.Stratum,
            Period = Cell.Period,
            Unit = unit,
            Denominator = rows.Count,
            Suppressed = false,
            RunId = RunId,
        };
        row = Spec.Type switch
        {
            IndicatorType.Count => row with { Numerator = Spec.Numerator is null ? rows.Count : events, Value = Spec.Numerator is null ? rows.Count : events },
            IndicatorType.Median or IndicatorType.Quantile => Quantile(row, rows),
            _ => Proportion(row, events, rows.Count),
        };
        return (WithObservedExpected(row, counts), counts);
    }

    private IndicatorResult Proportion(IndicatorResult row, long events, long n)
    {
        row = row with { Numerator = events, Value = Spec.Type == IndicatorType.OeRatio ? null : (double)events / n };
        if (Spec.Type != IndicatorType.Proportion)
        {
            return row;
        }

        var ci = ProportionConfidenceInterval.Compute(events, n, ProportionMethod(Spec.CiMethod), ConfidenceLevel.Percent95);
        return row with { CiLower = ci.Lower, CiUpper = ci.Upper, CiMethod = Vocabulary.Name(Vocabulary.CiMethods, Spec.CiMethod) };
    }

    private IndicatorResult Quantile(IndicatorResult row, List<int> rows)
    {
        var values = new List<double>(rows.Count);
        foreach (var k in rows)
        {
            if (!double.IsNaN(selection.Value[k]))
            {
                values.Add(selection.Value[k]);
            }
        }

        row = row with { Denominator = values.Count, CiMethod = Vocabulary.Name(Vocabulary.CiMethods, Spec.CiMethod) };
        if (values.Count == 0)
        {
            return row with { Note = "no values" };
        }

        var q = SampleQuantile.Estimate(values.ToArray(), Spec.Quantile!.Probability, Spec.Quantile.Definition, QuantileInterval.OrderStatistic, ConfidenceLevel.Percent95);
        return row with
        {
            Value = q.Estimate,
            CiLower = double.IsNaN(q.Interval.Lower) ? null : q.Interval.Lower,
            CiUpper = double.IsNaN(q.Interval.Upper) ? null : q.Interval.Upper,
        };
    }

    /// <summary>O/E with its CI where the case-mix model gave expected counts; for an oe_ratio it is the value too.</summary>
    private IndicatorResult WithObservedExpected(IndicatorResult row, UnitCounts counts)
    {
        if (Spec.CaseMix is null || !(counts.OeCounts.Expected > 0.0))
        {
            return row;
        }

        var o = counts.OeCounts.Observed;
        var e = counts.OeCounts.Expected;
        var method = Spec.CaseMix.OeCiMethod == CiMethod.Byar ? RatioInterval.Byar : RatioInterval.ExactGarwood;
        var ci = ObservedExpectedRatio.ConfidenceInterval(o, e, method, ConfidenceLevel.Percent95);
        row = row with { Expected = e, Oe = o / e, OeCiLower = ci.Lower, OeCiUpper = ci.Upper };
        if (Spec.Type == IndicatorType.OeRatio)
        {
            row = row with { Value = o / e, CiLower = ci.Lower, CiUpper = ci.Upper, CiMethod = Vocabulary.Name(Vocabulary.CiMethods, Spec.CiMethod) };
        }

        return row;
    }

    private static ProportionInterval ProportionMethod(CiMethod method) => method switch
    {
        CiMethod.Wilson => ProportionInterval.Wilson,
        CiMethod.WilsonContinuityCorrected => ProportionInterval.WilsonContinuityCorrected,
        CiMethod.ClopperPearson => ProportionInterval.ClopperPearson,
        CiMethod.Jeffreys => ProportionInterval.Jeffreys,
        _ => throw new InvalidOperationException($"{method} is not a proportion CI."),
    };
}
