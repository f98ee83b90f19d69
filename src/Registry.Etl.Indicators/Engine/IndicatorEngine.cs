using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Specs;
using Registry.Etl.Statistics.Funnels;
using Registry.Etl.Statistics.Standardisation;

namespace Registry.Etl.Indicators.Engine;

/// <summary>
/// Computes one compiled spec on one dataset table (pure): selects the rows, groups them by stratum x
/// period x hospital (and nationally), computes the value with its CI, the case-mix O/E, the funnel limits
/// and flags, and suppresses small hospitals. Results come ordered by stratum, period, then the national
/// row and hospitals in ordinal order; the same table and spec give the same rows.
/// </summary>
public static partial class IndicatorEngine
{
    public static IndicatorOutput Compute(Table table, CompiledSpec plan, string runId)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(runId);
        var spec = plan.Spec;
        var selection = Selection.Select(table, plan);
        double[]? expected = null;
        Dictionary<string, string>? caseMixNotes = null;
        if (spec.CaseMix is not null)
        {
            (expected, caseMixNotes) = CaseMixModel.Predict(table, plan, selection);
        }

        var results = new List<IndicatorResult>();
        var funnel = new List<FunnelPoint>();
        foreach (var cell in Cell.Group(selection))
        {
            var note = caseMixNotes?.GetValueOrDefault(cell.Stratum);
            var context = new CellContext(spec, selection, expected, cell, runId, note);
            ComputeCell(context, results, funnel);
        }

        return new IndicatorOutput(results, funnel);
    }

    private static void ComputeCell(CellContext c, List<IndicatorResult> results, List<FunnelPoint> funnel)
    {
        var national = c.Summarise(c.Cell.National, IndicatorResult.NationalUnit);
        var hospitals = new List<(IndicatorResult Row, UnitCounts Counts)>();
        foreach (var (hospital, rows) in c.Cell.Hospitals)
        {
            hospitals.Add(c.SummariseWithCounts(rows, hospital));
        }

        var note = c.CaseMixNote;
        if (c.Spec.Funnel is { } funnelSpec)
        {
            var (limits, funnelNote) = FunnelFor(c, funnelSpec, national.Counts, hospitals);
            note = Join(note, funnelNote);
            if (limits is not null)
            {
                for (var i = 0; i < hospitals.Count; i++)
                {
                    hospitals[i] = (Flag(c.Spec, limits, hospitals[i].Row, hospitals[i].Counts), hospitals[i].Counts);
                }

                funnel.AddRange(Curve(c, limits, hospitals));
            }
        }

        if (c.Spec.Stratification.National)
        {
            results.Add(national.Row with { Note = Join(national.Row.Note, note) });
        }

        if (c.Spec.Stratification.Hospital)
        {
            foreach (var (row, counts) in hospitals)
            {
                results.Add(Suppress(c.Spec, row, counts) with { Note = Join(row.Note, note) });
            }
        }
    }

    private static (FunnelLimits? Limits, string? Note) FunnelFor(
        CellContext c, FunnelSpec spec, UnitCounts national, List<(IndicatorResult Row, UnitCounts Counts)> hospitals)
    {
        var ratio = c.Spec.Type == IndicatorType.OeRatio;
        var units = new List<FunnelUnit>();
        foreach (var (_, counts) in hospitals)
        {
            if (ratio ? counts.OeCounts.Expected > 0.0 : counts.N > 0)
            {
                units.Add(ratio ? new FunnelUnit(counts.OeCounts.Observed, counts.OeCounts.Expected) : new FunnelUnit(counts.Events, counts.N));
            }
        }

        if (ratio && !(national.OeCounts.Expected > 0.0))
        {
            return (null, "funnel: no expected counts");
        }

        var target = ratio ? 1.0 : (double)national.Events / national.N;
        return FunnelLimits.Create(spec, ratio, target, units);
    }

    private static IndicatorResult Flag(IndicatorSpec spec, FunnelLimits limits, IndicatorResult row, UnitCounts counts)
    {
        var ratio = spec.Type == IndicatorType.OeRatio;
        var x = ratio ? counts.OeCounts.Expected : counts.N;
        var value = ratio ? row.Oe : row.Value;
        if (!(x > 0.0) || value is not { } v || double.IsNaN(v))
        {
            return row;
        }

        var (b95, b998) = limits.At(x);
        return row with
        {
            Funnel95Lower = b95.Lower,
            Funnel95Upper = b95.Upper,
            Funnel998Lower = b998.Lower,
            Funnel998Upper = b998.Upper,
            Flag = FunnelFlagCodes.Classify(v, b95, b998).ToCode(),
        };
    }

    private static IEnumerable<FunnelPoint> Curve(CellContext c, FunnelLimits limits, List<(IndicatorResult Row, UnitCounts Counts)> hospitals)
    {
        var ratio = c.Spec.Type == IndicatorType.OeRatio;
        var max = 0.0;
        foreach (var (_, counts) in hospitals)
        {
            max = Math.Max(max, ratio ? counts.OeCounts.Expected : counts.N);
        }

        var od = Vocabulary.Name(Vocabulary.Overdispersion, c.Spec.Funnel!.Overdispersion);
        foreach (var x in FunnelLimits.Grid(ratio, max))
        {
            var (b95, b998) = limits.At(x);
            yield return new FunnelPoint(
                c.Spec.Id, c.Spec.Version, c.Spec.Hash, c.Cell.Stratum, c.Cell.Period, ratio ? "expected" : "denominator", x,
                limits.Target, b95.Lower, b95.Upper, b998.Lower, b998.Upper, od, limits.Phi, limits.Tau2, c.RunId);
        }
    }

    /// <summary>A hospital below the minimum denominator, or with a small numerator (1 .. threshold - 1), publishes no value.</summary>
    private static IndicatorResult Suppress(IndicatorSpec spec, IndicatorResult row, UnitCounts counts)
    {
        var small = row.Numerator is { } n && n > 0 && n < spec.SuppressionThreshold;
        if (row.Denominator >= spec.MinimumDenominator && !small)
        {
            return row;
        }

        return row with
        {
            Numerator = null,
            Value = null,
            CiLower = null,
            CiUpper = null,
            Expected = null,
            Oe = null,
            OeCiLower = null,
            OeCiUpper = null,
            Flag = null,
            Suppressed = true,
        };
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a}; {b}";
}
