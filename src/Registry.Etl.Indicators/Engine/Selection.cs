using System.Globalization;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Expressions;
using Registry.Etl.Indicators.Specs;

namespace Registry.Etl.Indicators.Engine;

/// <summary>
/// The rows of a table an indicator counts (in the population, not excluded, with an index date), with
/// what the engine needs per row. Expressions are bound once; a null condition counts as false.
/// </summary>
internal sealed class Selection
{
    private Selection(int count)
    {
        Stratum = new string[count];
        Period = new string[count];
        Year = new int[count];
        Hospital = new string[count];
        Event = new bool[count];
        Value = new double[count];
        Rows = new int[count];
    }

    public int Count => Rows.Length;

    public int[] Rows { get; }

    public string[] Stratum { get; }

    public string[] Period { get; }

    public int[] Year { get; }

    public string[] Hospital { get; }

    public bool[] Event { get; }

    /// <summary>The value of a median/quantile indicator; NaN when null.</summary>
    public double[] Value { get; }

    /// <summary>Rows without an index date, or with a null hospital: left out and noted.</summary>
    public int Skipped { get; private set; }

    public const string AllStrata = "all";

    public static Selection Select(Table table, CompiledSpec plan)
    {
        var spec = plan.Spec;
        var population = plan.Population.BindBoolean(table);
        var exclusions = plan.Exclusions.Select(e => e.When.BindBoolean(table)).ToArray();
        var indexDate = plan.IndexDate.BindDate(table);
        var numerator = plan.Numerator?.BindBoolean(table);
        var value = plan.Value?.BindNumber(table);
        var stratum = Stratifier(plan.Stratum, table);
        var hospital = table.GetString("hospital");
        var selected = new List<int>(table.RowCount);
        var skipped = 0;
        for (var i = 0; i < table.RowCount; i++)
        {
            if (population(i) != true || IsExcluded(exclusions, i))
            {
                continue;
            }

            if (indexDate(i) is null || hospital[i] is null)
            {
                skipped++;
                continue;
            }

            selected.Add(i);
        }

        var s = new Selection(selected.Count) { Skipped = skipped };
        var periods = new Dictionary<int, string>();
        for (var k = 0; k < selected.Count; k++)
        {
            var i = selected[k];
            s.Rows[k] = i;
            var date = ColumnStorage.FromDays(indexDate(i)!.Value);
            var periodKey = spec.Stratification.Period == PeriodKind.Year ? date.Year : (date.Year * 10) + ((date.Month + 2) / 3);
            if (!periods.TryGetValue(periodKey, out var period))
            {
                period = spec.Stratification.Period == PeriodKind.Year
                    ? date.Year.ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{date.Year}Q{(date.Month + 2) / 3}");
                periods[periodKey] = period;
            }

            s.Period[k] = period;
            s.Year[k] = date.Year;
            s.Hospital[k] = hospital[i]!;
            s.Stratum[k] = stratum(i);
            s.Event[k] = numerator?.Invoke(i) == true;
            s.Value[k] = value?.Invoke(i) ?? double.NaN;
        }

        return s;
    }

    private static bool IsExcluded(Func<int, bool?>[] exclusions, int row)
    {
        foreach (var e in exclusions)
        {
            if (e(row) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stratum of a row: the text of the stratum expression, "unknown" when null, "all" without one.</summary>
    private static Func<int, string> Stratifier(CompiledExpression? expression, Table table)
    {
        if (expression is null)
        {
            return _ => AllStrata;
        }

        if (expression.Type == ExpressionType.Text)
        {
            var text = expression.BindText(table);
            return i => text(i) ?? "unknown";
        }

        var number = expression.BindNumber(table);
        return i => number(i) is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "unknown";
    }
}
