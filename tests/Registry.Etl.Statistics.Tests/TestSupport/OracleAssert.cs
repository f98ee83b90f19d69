using System.Globalization;

namespace Registry.Etl.Statistics.Tests.TestSupport;

/// <summary>
/// Comparisons against the oracle's 10-significant-digit values: relative tolerance 1e-8 with an absolute floor of
/// 1e-12 (README "Conventions"); NA must be NaN; integers exactly. Messages name the file, row and column.
/// </summary>
internal static class OracleAssert
{
    public const double RelativeTolerance = 1e-8;
    public const double AbsoluteFloor = 1e-12;

    public static void Close(double expected, double actual, string what) => Close(expected, actual, what, RelativeTolerance);

    public static void Close(double expected, double actual, string what, double relativeTolerance)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NA, got {Show(actual)}.");
            return;
        }

        var difference = Math.Abs(expected - actual);
        var allowed = Math.Max(AbsoluteFloor, relativeTolerance * Math.Abs(expected));
        Assert.True(
            difference <= allowed,
            $"{what}: expected {Show(expected)}, got {Show(actual)} (|diff| {Show(difference)}, allowed {Show(allowed)}).");
    }

    public static void Exact(long expected, long actual, string what) =>
        Assert.True(expected == actual, $"{what}: expected {expected}, got {actual}.");

    /// <summary>Collects every mismatch of a row set, so one failing test lists all of them.</summary>
    public static void All(IEnumerable<Action> checks)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var check in checks)
        {
            count++;
            try
            {
                check();
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }

        Assert.True(count > 0, "No comparisons were made.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} comparisons failed:\n{string.Join("\n", failures.Take(40))}");
    }

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
