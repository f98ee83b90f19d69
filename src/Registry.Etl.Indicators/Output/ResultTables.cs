using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Engine;

namespace Registry.Etl.Indicators.Output;

/// <summary>
/// The indicator results and funnel curves as Core tables: the Parquet contract of design.md
/// ("Indicator results"), one column per field, in this order. A change here is a contract change.
/// </summary>
public static class ResultTables
{
    public static TableSchema ResultsSchema { get; } = new(
    [
        new("indicator_id", ColumnKind.String, false),
        new("version", ColumnKind.Int32, false),
        new("spec_hash", ColumnKind.String, false),
        new("stratum", ColumnKind.String, false),
        new("period", ColumnKind.String, false),
        new("unit", ColumnKind.String, false),
        new("numerator", ColumnKind.Int64),
        new("denominator", ColumnKind.Int64, false),
        new("value", ColumnKind.Double),
        new("ci_lower", ColumnKind.Double),
        new("ci_upper", ColumnKind.Double),
        new("ci_method", ColumnKind.String),
        new("expected", ColumnKind.Double),
        new("oe", ColumnKind.Double),
        new("oe_ci_lower", ColumnKind.Double),
        new("oe_ci_upper", ColumnKind.Double),
        new("funnel_95_lower", ColumnKind.Double),
        new("funnel_95_upper", ColumnKind.Double),
        new("funnel_998_lower", ColumnKind.Double),
        new("funnel_998_upper", ColumnKind.Double),
        new("flag", ColumnKind.String),
        new("suppressed", ColumnKind.Boolean, false),
        new("note", ColumnKind.String),
        new("run_id", ColumnKind.String, false),
    ]);

    public static TableSchema FunnelSchema { get; } = new(
    [
        new("indicator_id", ColumnKind.String, false),
        new("version", ColumnKind.Int32, false),
        new("spec_hash", ColumnKind.String, false),
        new("stratum", ColumnKind.String, false),
        new("period", ColumnKind.String, false),
        new("x_kind", ColumnKind.String, false),
        new("x", ColumnKind.Double, false),
        new("target", ColumnKind.Double, false),
        new("lower_95", ColumnKind.Double, false),
        new("upper_95", ColumnKind.Double, false),
        new("lower_998", ColumnKind.Double, false),
        new("upper_998", ColumnKind.Double, false),
        new("overdispersion", ColumnKind.String, false),
        new("phi", ColumnKind.Double),
        new("tau2", ColumnKind.Double),
        new("run_id", ColumnKind.String, false),
    ]);

    public static Table Results(IReadOnlyList<IndicatorResult> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var b = new TableBuilder(ResultsSchema, Math.Max(rows.Count, 1));
        foreach (var r in rows)
        {
            b.AddRow(
                r.IndicatorId, r.Version, r.SpecHash, r.Stratum, r.Period, r.Unit, r.Numerator, r.Denominator, r.Value,
                r.CiLower, r.CiUpper, r.CiMethod, r.Expected, r.Oe, r.OeCiLower, r.OeCiUpper, r.Funnel95Lower,
                r.Funnel95Upper, r.Funnel998Lower, r.Funnel998Upper, r.Flag, r.Suppressed, r.Note, r.RunId);
        }

        return b.Build();
    }

    public static Table Funnel(IReadOnlyList<FunnelPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var b = new TableBuilder(FunnelSchema, Math.Max(points.Count, 1));
        foreach (var p in points)
        {
            b.AddRow(
                p.IndicatorId, p.Version, p.SpecHash, p.Stratum, p.Period, p.XKind, p.X, p.Target, p.Lower95, p.Upper95,
                p.Lower998, p.Upper998, p.Overdispersion, p.Phi, p.Tau2, p.RunId);
        }

        return b.Build();
    }
}
