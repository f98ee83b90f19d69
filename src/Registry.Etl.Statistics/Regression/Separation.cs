using System.Globalization;

namespace Registry.Etl.Statistics.Regression;

/// <summary>Signs of (quasi-)complete separation in a logistic fit (see <see cref="LogisticRegression"/> remarks).</summary>
internal static class Separation
{
    /// <summary>glm.fit warns when a fitted probability is within 10ε of 0 or 1.</summary>
    private const double FittedBoundary = 10.0 * 2.220446049250313e-16;

    public static List<string> Diagnose(DesignMatrix design, double[] x, double[] y, double[] mu, LogisticCoefficient[] coefficients)
    {
        var findings = new List<string>();
        ConstantOutcomeGroups(design, x, y, findings);
        var boundary = 0;
        foreach (var m in mu)
        {
            boundary += m < FittedBoundary || m > 1.0 - FittedBoundary ? 1 : 0;
        }

        if (boundary > 0)
        {
            findings.Add(Format($"{boundary} fitted probabilities are numerically 0 or 1"));
        }

        foreach (var c in coefficients)
        {
            if (!(c.StandardError <= LogisticRegression.DivergingStandardError))
            {
                findings.Add(Format($"term '{c.Term}' has estimate {c.Estimate:G6} with standard error {c.StandardError:G6}: the coefficient diverges"));
            }
        }

        return findings;
    }

    /// <summary>Every factor level (the reference included) and each value of a 0/1 numeric column in which y never varies.</summary>
    private static void ConstantOutcomeGroups(DesignMatrix design, double[] x, double[] y, List<string> findings)
    {
        var byCovariate = new Dictionary<int, List<int>>();
        for (var j = 1; j < design.Terms.Count; j++)
        {
            var index = design.Terms[j].CovariateIndex;
            if (!byCovariate.TryGetValue(index, out var columns))
            {
                byCovariate[index] = columns = [];
            }

            columns.Add(j);
        }

        foreach (var (covariate, columns) in byCovariate)
        {
            var levels = design.FactorLevels[covariate];
            if (levels.Count > 0)
            {
                // Group g = the dummy column that is 1, or the reference level when all are 0.
                var groupCount = new long[columns.Count + 1];
                var groupEvents = new long[columns.Count + 1];
                for (var i = 0; i < y.Length; i++)
                {
                    var g = 0;
                    for (var k = 0; k < columns.Count; k++)
                    {
                        g = x[(i * design.Terms.Count) + columns[k]] == 1.0 ? k + 1 : g;
                    }

                    groupCount[g]++;
                    groupEvents[g] += y[i] == 1.0 ? 1 : 0;
                }

                for (var g = 0; g < groupCount.Length; g++)
                {
                    var label = g == 0 ? ReferenceOf(design, columns[0]) : design.Terms[columns[g - 1]].Level!;
                    Check(findings, design.Terms[columns[0]].Covariate, label, groupCount[g], groupEvents[g]);
                }

                continue;
            }

            var column = columns[0];
            long ones = 0, zeros = 0, eventsAtOne = 0, eventsAtZero = 0;
            var binary = true;
            for (var i = 0; i < y.Length && binary; i++)
            {
                var v = x[(i * design.Terms.Count) + column];
                binary = v is 0.0 or 1.0;
                var isEvent = y[i] == 1.0 ? 1 : 0;
                (ones, zeros, eventsAtOne, eventsAtZero) = v == 1.0
                    ? (ones + 1, zeros, eventsAtOne + isEvent, eventsAtZero)
                    : (ones, zeros + 1, eventsAtOne, eventsAtZero + isEvent);
            }

            if (binary)
            {
                var name = design.Terms[column].Covariate;
                Check(findings, name, "1", ones, eventsAtOne);
                Check(findings, name, "0", zeros, eventsAtZero);
            }
        }
    }

    private static string ReferenceOf(DesignMatrix design, int column)
    {
        var levels = design.FactorLevels[design.Terms[column].CovariateIndex];
        foreach (var level in levels)
        {
            var isDummy = false;
            foreach (var term in design.Terms)
            {
                isDummy |= term.CovariateIndex == design.Terms[column].CovariateIndex && string.Equals(term.Level, level, StringComparison.Ordinal);
            }

            if (!isDummy)
            {
                return level;
            }
        }

        return "?";
    }

    private static void Check(List<string> findings, string covariate, string level, long count, long events)
    {
        if (count > 0 && (events == 0 || events == count))
        {
            findings.Add(Format($"the outcome is {(events == 0 ? 0 : 1)} in all {count} complete cases with {covariate} = {level} (quasi-complete separation)"));
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
